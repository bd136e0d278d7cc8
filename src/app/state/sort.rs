//! How a list is sorted: a column (or the natural order) and a direction.

/// How a list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort<C> {
    /// The column, or `None` for the natural order.
    pub column: Option<C>,
    /// Whether the order is reversed.
    pub descending: bool,
}

impl<C> Default for Sort<C> {
    fn default() -> Self {
        Sort {
            column: None,
            descending: false,
        }
    }
}

impl<C: Copy + PartialEq> Sort<C> {
    /// Steps to the next column of `all`, then back to the natural order.
    pub fn next_column(&mut self, all: &[C]) {
        self.column = match self.column {
            None => all.first().copied(),
            Some(current) => all
                .iter()
                .position(|c| *c == current)
                .and_then(|i| all.get(i + 1))
                .copied(),
        };
    }

    /// The next column (`reverse` false) or the other direction (`reverse` true).
    pub fn step(&mut self, all: &[C], reverse: bool) {
        if reverse {
            self.descending = !self.descending;
        } else {
            self.next_column(all);
        }
    }
}
