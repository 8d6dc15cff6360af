"""`python -m dvdtrack.cli`: the same as the `dvdtrack` command."""

from dvdtrack.cli.entry import main

main()
