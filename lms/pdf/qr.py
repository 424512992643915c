"""QR codes drawn as one path of rectangles."""

from __future__ import annotations

import segno
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas


def qr_rectangles(matrix) -> list[tuple[int, int, int, int]]:
    """The dark modules of a QR matrix as few rectangles (column, row, width, height), in module units.

    Each row's dark runs are merged, and a run repeated on the rows below (the finder patterns, the
    timing-free blocks) grows downwards instead of starting a rectangle of its own.
    """
    rectangles: list[list[int]] = []
    open_runs: dict[
        tuple[int, int], list[int]
    ] = {}  # (start, end) of a run on the row above -> its rectangle
    for row_index, row in enumerate(matrix):
        runs: dict[tuple[int, int], list[int]] = {}
        width = len(row)
        column = 0
        while column < width:
            if row[column]:
                start = column
                while column < width and row[column]:
                    column += 1
                rectangle = open_runs.get((start, column))
                if rectangle is None:
                    rectangle = [start, row_index, column - start, 0]
                    rectangles.append(rectangle)
                rectangle[3] += 1
                runs[(start, column)] = rectangle
            else:
                column += 1
        open_runs = runs
    return [tuple(rectangle) for rectangle in rectangles]


def draw_qr(
    canvas: Canvas,
    data: str,
    *,
    x: float,
    y: float,
    size: float,
    colour: colors.Color = colors.black,
    error: str = "m",
    mask: int | None = 0,
) -> None:
    """Draw a QR code of `data` in a `size` square whose lower-left corner is (x, y), quiet zone included.

    All dark modules are one path of rectangles (runs merged across and down), filled once: ReportLab's
    `QrCodeWidget` draws each module run as a shape of its own and costs ten times more per page.
    """
    # Why a fixed mask: choosing the "best" of eight masks is about 80% of segno's time (some 10 ms a
    # certificate here); every mask gives a valid code that scanners read.
    matrix = segno.make(data, error=error, micro=False, mask=mask).matrix
    border = 4  # the quiet zone the standard asks for, in modules
    modules = len(matrix) + 2 * border
    step = size / modules
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colour)
    # Module (column, row) of the matrix is the unit square at (column, row) here: rows go down the page.
    canvas.transform(step, 0, 0, -step, x + border * step, y + size - border * step)
    # Why the operators are written here: in module units they are small integers, and ReportLab's
    # `beginPath().rect` formats every number with a pure-Python routine (about 7 µs a rectangle, as much
    # as encoding the code). "re" adds a rectangle to the current path; one "f" fills the whole path.
    path = " ".join(
        f"{column} {row} {width} {height} re" for column, row, width, height in qr_rectangles(matrix)
    )
    canvas.addLiteral(f"{path} f")
    canvas.restoreState()
