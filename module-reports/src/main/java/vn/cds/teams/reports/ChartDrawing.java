package vn.cds.teams.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The two charts of {@link MonthlyReportCharts} as drawings, not pictures: the PDF exporter hands an image element
 * holding a {@link Graphics2DRenderable} a graphics context that writes PDF paths and text, so the printed charts
 * stay sharp and their labels stay text (the template turns off drawing text as shapes). Units are points.
 */
abstract sealed class ChartDrawing extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    static final String FONT = "Liberation Serif";
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    static final String NOT_CONSOLIDATED = "–";
    static final Color REPORTING = new Color(0x1f, 0x5f, 0xa8);
    static final Color ON_TIME = new Color(0x2e, 0x8b, 0x3e);
    static final Color GRID = new Color(0xc8, 0xc8, 0xc8);

    final MonthlyReportCharts charts;

    ChartDrawing(MonthlyReportCharts charts) {
        this.charts = charts;
    }

    @Override
    public final void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(area.getX(), area.getY());
            draw(new Pen(context, g2), area.getWidth(), area.getHeight());
        } finally {
            g2.dispose();
        }
    }

    abstract void draw(Pen pen, double width, double height);

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String percent(Double rate) {
        if (rate == null) {
            return NOT_CONSOLIDATED;
        }
        NumberFormat format = NumberFormat.getNumberInstance(TeamListTemplate.VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(rate) + "%";
    }

    static String number(Long value) {
        return value == null ? NOT_CONSOLIDATED : NumberFormat.getIntegerInstance(TeamListTemplate.VIETNAMESE).format(value);
    }

    /** Text and lines in the embedded font. */
    static final class Pen {
        final Graphics2D g;
        private final JasperReportsContext context;

        Pen(JasperReportsContext context, Graphics2D g) {
            this.context = context;
            this.g = g;
            font(Font.PLAIN, 8f);
        }

        void font(int style, float size) {
            Font font = FontUtil.getInstance(context).getAwtFontFromBundles(FONT, style, size,
                    TeamListTemplate.VIETNAMESE, true);
            g.setFont(font != null ? font : new Font(Font.SERIF, style, Math.round(size)));
        }

        double width(String text) {
            return g.getFontMetrics().getStringBounds(text, g).getWidth();
        }

        /** Writes {@code text} with its baseline at y; align -1 left of x, 0 centred on x, 1 right of x. */
        void text(String text, double x, double y, int align) {
            g.setColor(Color.BLACK);
            double w = width(text);
            double left = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
            g.drawString(TeamListTemplate.nfc(text), (float) left, (float) y);
        }

        /** {@code text} cut with an ellipsis to fit {@code max} points. */
        String fit(String text, double max) {
            if (width(text) <= max) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…") > max) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }

        double ascent() {
            FontMetrics metrics = g.getFontMetrics();
            return metrics.getAscent();
        }

        void line(double x1, double y1, double x2, double y2, Color color, float width) {
            g.setColor(color);
            g.setStroke(new BasicStroke(width));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }
    }

    /** The reporting rate and the on-time rate per month as two lines on 0-100 %, with their figures under them. */
    static final class Reporting extends ChartDrawing {

        private static final long serialVersionUID = 1L;

        static final String TITLE = "Tỷ lệ báo cáo và tỷ lệ báo cáo đúng hạn theo tháng";
        static final String REPORTING_LABEL = "Tỷ lệ báo cáo";
        static final String ON_TIME_LABEL = "Đúng hạn";

        Reporting(MonthlyReportCharts charts) {
            super(charts);
        }

        @Override
        void draw(Pen pen, double width, double height) {
            List<YearMonth> months = charts.months();
            int n = months.size();
            pen.font(Font.BOLD, 10f);
            pen.text(TITLE, width / 2, 11, 0);
            pen.font(Font.PLAIN, 8f);
            // Legend.
            double lx = width / 2 - 80;
            pen.line(lx, 20, lx + 18, 20, REPORTING, 1.5f);
            pen.text(REPORTING_LABEL, lx + 22, 23, -1);
            pen.g.setColor(ON_TIME);
            pen.g.setStroke(dashed());
            pen.g.draw(new Line2D.Double(lx + 100, 20, lx + 118, 20));
            pen.text(ON_TIME_LABEL, lx + 122, 23, -1);

            double left = 70;
            double right = width - 4;
            double top = 32;
            double tableRows = 2;
            double rowHeight = 11;
            double bottom = height - 14 - tableRows * rowHeight; // month labels, then the figures
            double step = (right - left) / n;
            // Grid and the y axis.
            for (int p = 0; p <= 100; p += 25) {
                double y = bottom - (bottom - top) * p / 100.0;
                pen.line(left, y, right, y, GRID, 0.4f);
                pen.text(p + "%", left - 3, y + 3, 1);
            }
            pen.line(left, top, left, bottom, Color.BLACK, 0.6f);
            pen.line(left, bottom, right, bottom, Color.BLACK, 0.6f);
            series(pen, charts.reportingRates(), left, step, top, bottom, REPORTING, null);
            series(pen, charts.onTimeRates(), left, step, top, bottom, ON_TIME, dashed());
            // Month labels and the figures as a table under the axis.
            double y = bottom + 10;
            for (int i = 0; i < n; i++) {
                pen.text(month(months.get(i)), left + step * (i + 0.5), y, 0);
            }
            y += rowHeight;
            pen.text(REPORTING_LABEL, 2, y, -1);
            for (int i = 0; i < n; i++) {
                pen.text(percent(charts.reportingRates().get(i)), left + step * (i + 0.5), y, 0);
            }
            y += rowHeight;
            pen.text(ON_TIME_LABEL, 2, y, -1);
            for (int i = 0; i < n; i++) {
                pen.text(percent(charts.onTimeRates().get(i)), left + step * (i + 0.5), y, 0);
            }
        }

        /** The on-time line's stroke, so that it reads apart from the reporting line in black and white. */
        private static BasicStroke dashed() {
            return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2f}, 0f);
        }

        /** A line through the consolidated months; a month not consolidated breaks it. */
        private static void series(Pen pen, List<Double> rates, double left, double step, double top, double bottom,
                                   Color color, BasicStroke stroke) {
            Path2D.Double path = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < rates.size(); i++) {
                Double rate = rates.get(i);
                if (rate == null) {
                    drawing = false;
                    continue;
                }
                double x = left + step * (i + 0.5);
                double y = bottom - (bottom - top) * Math.max(0, Math.min(100, rate)) / 100.0;
                if (drawing) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    drawing = true;
                }
                pen.g.setColor(color);
                pen.g.fill(new Rectangle2D.Double(x - 1.8, y - 1.8, 3.6, 3.6));
            }
            pen.g.setColor(color);
            pen.g.setStroke(stroke == null ? new BasicStroke(1.5f) : stroke);
            pen.g.draw(path);
        }
    }

    /** Each indicator's totals per month as small bar charts, one per indicator, in a grid. */
    static final class Activity extends ChartDrawing {

        private static final long serialVersionUID = 1L;

        static final String TITLE = "Kết quả hoạt động theo tháng (tổng hợp)";
        static final int COLUMNS = 4;

        Activity(MonthlyReportCharts charts) {
            super(charts);
        }

        @Override
        void draw(Pen pen, double width, double height) {
            pen.font(Font.BOLD, 10f);
            pen.text(TITLE, width / 2, 11, 0);
            List<MonthlyReportCharts.Indicator> indicators = charts.indicators();
            if (indicators.isEmpty()) {
                return;
            }
            int columns = Math.min(COLUMNS, indicators.size());
            int rows = (indicators.size() + columns - 1) / columns;
            double cellWidth = width / columns;
            double cellHeight = (height - 16) / rows;
            for (int k = 0; k < indicators.size(); k++) {
                double x = cellWidth * (k % columns);
                double y = 16 + cellHeight * (k / columns);
                cell(pen, indicators.get(k), x + 3, y, cellWidth - 8, cellHeight - 4);
            }
        }

        private void cell(Pen pen, MonthlyReportCharts.Indicator indicator, double x, double y, double w, double h) {
            List<YearMonth> months = charts.months();
            int n = months.size();
            float size = h < 60 ? 6.5f : 7.5f;
            pen.font(Font.BOLD, size);
            pen.text(pen.fit(indicator.name(), w), x, y + size, -1);
            pen.font(Font.PLAIN, size);
            long max = 0;
            for (Long total : indicator.totals()) {
                if (total != null) {
                    max = Math.max(max, total);
                }
            }
            double top = y + size + 3 + size;
            double bottom = y + h - size - 2;
            pen.text("tối đa " + number(max), x, top - 1, -1);
            pen.text("tháng " + month(months.get(n - 1)) + ": " + number(indicator.totals().get(n - 1)), x + w, top - 1, 1);
            pen.line(x, bottom, x + w, bottom, Color.BLACK, 0.5f);
            double step = w / n;
            for (int i = 0; i < n; i++) {
                Long total = indicator.totals().get(i);
                double bx = x + step * i + step * 0.15;
                if (total == null) {
                    // Not consolidated: a short dashed mark on the axis, never a zero bar.
                    pen.line(bx, bottom - 2, bx + step * 0.7, bottom - 2, GRID, 0.8f);
                    continue;
                }
                double bh = max == 0 ? 0 : (bottom - top - 2) * total / (double) max;
                pen.g.setColor(REPORTING);
                pen.g.fill(new Rectangle2D.Double(bx, bottom - bh, step * 0.7, bh));
            }
            pen.text(month(months.get(0)), x, bottom + size + 1, -1);
            pen.text(month(months.get(n - 1)), x + w, bottom + size + 1, 1);
        }
    }
}
