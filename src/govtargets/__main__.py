"""Make ``python -m govtargets`` run the command line."""

from govtargets.cli.script import main

if __name__ == "__main__":
    main()
