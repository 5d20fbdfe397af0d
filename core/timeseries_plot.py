"""Plots of a time series at places (``core.timeseries`` rows): one line per feature over time, the dates
without a valid pixel (masked, nodata, outside) left out. PNG with matplotlib, else HTML with SVG."""

from .plots import escape, new_figure, save_png, write_svg_page

COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")
MAX_LEGEND = 12  # more features than this: no legend (the lines alone)


def lines(rows):
    """``[(feature, [(acquisition, mean)])]`` in the order the features first appear, dates in time
    order, rows without a mean left out (a feature with none has an empty line)."""
    by_feature = {}
    for row in rows:
        points = by_feature.setdefault(row.feature, [])
        if row.mean is not None:
            points.append((row.acquisition, row.mean))
    return [(feature, sorted(points, key=lambda point: point[0])) for feature, points in by_feature.items()]


def write_png(rows, path, title="", y_label="mean"):
    """The lines as a PNG with matplotlib (ImportError when it is not installed)."""
    figure = new_figure(9, 4.5)
    axes = figure.add_subplot(1, 1, 1)
    series = lines(rows)
    for number, (feature, points) in enumerate(series):
        if points:
            times, means = zip(*points)
            axes.plot(times, means, marker="o", markersize=3, linewidth=1,
                      color=COLOURS[number % len(COLOURS)], label=str(feature))
    axes.set_xlabel("acquisition (UTC)")
    axes.set_ylabel(y_label)
    if title:
        axes.set_title(title)
    if 0 < len(series) <= MAX_LEGEND:
        axes.legend(title="feature", fontsize="small")
    figure.autofmt_xdate()
    save_png(figure, path)


def write_svg(rows, path, title="", y_label="mean"):
    """The lines as an HTML page with an inline SVG chart (no plotting library needed)."""
    width, height, margin = 900, 450, 70
    series = lines(rows)
    points = [point for _, own in series for point in own]
    plot_width, plot_height = width - 2 * margin, height - 2 * margin
    shapes, ticks = [], []
    if points:
        start = min(when for when, _ in points).timestamp()
        span = max(max(when for when, _ in points).timestamp() - start, 1.0)
        low, high = min(mean for _, mean in points), max(mean for _, mean in points)
        if high <= low:
            low, high = low - 0.5, high + 0.5

        def xy(when, mean):
            return (margin + plot_width * (when.timestamp() - start) / span,
                    margin + plot_height * (high - mean) / (high - low))

        for number, (feature, own) in enumerate(series):
            if not own:
                continue
            colour = COLOURS[number % len(COLOURS)]
            coordinates = " ".join(f"{x:.2f},{y:.2f}" for x, y in (xy(*point) for point in own))
            shapes.append(f'<polyline points="{coordinates}" fill="none" stroke="{colour}" stroke-width="1.5">'
                          f'<title>feature {escape(feature)}</title></polyline>')
            shapes.extend(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="2.5" fill="{colour}"><title>'
                          f'{escape(feature)} {when:%Y-%m-%d %H:%M}: {mean:.4g}</title></circle>'
                          for (when, mean), (x, y) in ((point, xy(*point)) for point in own))
        for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
            x = margin + fraction * plot_width
            when = min(when for when, _ in points) + (max(when for when, _ in points)
                                                     - min(when for when, _ in points)) * fraction
            ticks.append(f'<text x="{x:.2f}" y="{height - margin + 18}" text-anchor="middle">{when:%Y-%m-%d}</text>')
        for fraction in (0.0, 0.5, 1.0):
            y = margin + plot_height * (1 - fraction)
            ticks.append(f'<text x="{margin - 6}" y="{y + 4:.2f}" text-anchor="end">'
                         f'{low + (high - low) * fraction:.4g}</text>')
    shown = sum(1 for _, own in series if own)
    summary = f"{len(series)} feature(s), {shown} with at least one valid date; {len(points)} points"
    write_svg_page(path, "".join(shapes) + "".join(ticks), title, "acquisition (UTC)", y_label, summary,
                   width, height, margin)
