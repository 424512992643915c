#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import sys


def main() -> None:
    from django.core.management import execute_from_command_line

    import lms  # noqa: F401  (sets the one default settings module, see lms/__init__.py)

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
