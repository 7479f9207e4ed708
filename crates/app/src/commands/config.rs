//! `moves config`: the effective configuration, secrets masked.

use crate::config::Config;

pub fn run(config: &Config) {
    if let Some(file) = &config.config_file {
        println!(
            "# from defaults, {}, MOVES_* variables and options",
            file.display()
        );
    } else {
        println!("# from defaults, MOVES_* variables and options (no --config file)");
    }
    print!("{}", config.describe());
}
