"""What the plots of the algorithms share: atomic file writing, PNG figures with matplotlib (no pyplot:
no global state, safe inside QGIS) and escaping for the HTML/SVG pages written without it."""

import io
import os

from .writer import temporary_path


def write_atomically(path, data):
    """Write ``data`` (bytes) to ``path`` through a temporary file renamed into place when complete."""
    folder = os.path.dirname(os.path.abspath(path))
    temporary = temporary_path(folder, ".partial")  # short: the name may be as long as the file system allows
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def new_figure(width=8, height=4):
    """A matplotlib ``Figure`` drawn by the Agg backend (ImportError when matplotlib is missing)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def save_png(figure, path):
    """Save ``figure`` as a PNG at ``path``, atomically."""
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    write_atomically(path, buffer.getvalue())


def escape(text):
    """``text`` safe inside HTML and SVG."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def write_svg_page(path, content, title, x_label, y_label, summary, width, height, margin):
    """An HTML page at ``path`` (atomically) with an SVG chart of ``width`` x ``height``: the title,
    the axes around the plot area inset by ``margin``, ``content`` (SVG elements drawn in it), the axis
    labels, and ``summary`` as a paragraph below."""
    plot_width, plot_height = width - 2 * margin, height - 2 * margin
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="12">'
        f'<text x="{width / 2}" y="{margin / 2}" text-anchor="middle" font-size="15">{escape(title)}</text>'
        f'<line x1="{margin}" y1="{margin + plot_height}" x2="{margin + plot_width}" '
        f'y2="{margin + plot_height}" stroke="black"/>'
        f'<line x1="{margin}" y1="{margin}" x2="{margin}" y2="{margin + plot_height}" stroke="black"/>'
        + content
        + f'<text x="{width / 2}" y="{height - 12}" text-anchor="middle">{escape(x_label)}</text>'
        f'<text x="14" y="{height / 2}" text-anchor="middle" transform="rotate(-90 14 {height / 2})">'
        f'{escape(y_label)}</text></svg>'
    )
    html = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f'<body>\n{svg}\n<p>{escape(summary)}</p>\n</body></html>\n')
    write_atomically(path, html.encode("utf-8"))
