//! `snapshot --format png` (issue 17): a picture for the minutes and slides, drawn from
//! the drawn cells with the fonts the program carries, twice the SVG's size.

mod common;

use std::process::Command;

#[test]
fn a_png_snapshot_is_the_frame_at_twice_the_svg_size_with_its_text_and_colours() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("compare.png");
    let status = Command::new(common::binary())
        .args([
            "snapshot",
            "datasets/basque-clusters",
            "--lang",
            "en",
            "--size",
            "120x40",
        ])
        .args(["--view", "tab=compare;clusters=HEGAN,GAIA,ACLIMA;year=2024"])
        .args(["--format", "png", "-o"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let file = std::fs::File::open(&path).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut bytes = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut bytes).unwrap();
    // 120 columns of 9 pixels and 40 rows of 18, twice over.
    assert_eq!((info.width, info.height), (2160, 1440));
    assert_eq!(info.color_type, png::ColorType::Rgb);
    // Text is drawn: the first row (the header) has light pixels on the dark ground,
    // and the series and status colours are there, not only grey.
    let pixels: Vec<(u8, u8, u8)> = bytes.chunks(3).map(|p| (p[0], p[1], p[2])).collect();
    let light = pixels[..2160 * 36]
        .iter()
        .filter(|p| p.0 > 150 && p.1 > 150)
        .count();
    assert!(light > 500, "the header's letters: {light} light pixels");
    let coloured = pixels
        .iter()
        .filter(|p| p.0.abs_diff(p.1) > 60 || p.1.abs_diff(p.2) > 60)
        .count();
    assert!(coloured > 1000, "colours: {coloured}");
}

#[test]
fn dash_means_standard_output_and_no_file_named_dash_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(common::binary())
        .current_dir(dir.path())
        .args(["snapshot"])
        .arg(std::fs::canonicalize("datasets/basque-clusters").unwrap())
        .args(["--size", "80x24", "--format", "png", "-o", "-"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(&output.stdout[..8], b"\x89PNG\r\n\x1a\n");
    assert!(!dir.path().join("-").exists());
    // The report reads `-o -` the same way.
    let output = Command::new(common::binary())
        .current_dir(dir.path())
        .args(["report"])
        .arg(std::fs::canonicalize("datasets/basque-clusters").unwrap())
        .args(["--format", "md", "-o", "-"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with('#'));
    assert!(!dir.path().join("-").exists());
}
