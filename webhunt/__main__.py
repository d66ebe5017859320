from webhunt.cli import run

run()
