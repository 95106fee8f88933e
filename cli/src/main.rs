//! `corroborate`: compare news reports from the command line.

fn main() {
    eprintln!("corroborate: not yet");
    std::process::exit(2);
}
