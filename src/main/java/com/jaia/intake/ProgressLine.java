package com.jaia.intake;

import java.io.PrintStream;
import java.util.Locale;

import com.jaia.observability.ProgressBoard;

/**
 * The one line an {@code import} on a terminal rewrites as the steps report: step, done of total, phase, rate and
 * time left. Nothing is written when the output is not a terminal.
 */
final class ProgressLine implements AutoCloseable {

    private final PrintStream out;

    private final AutoCloseable subscription;

    private int width;

    private ProgressLine(ProgressBoard board, PrintStream out) {
        this.out = out;
        this.subscription = out == null ? null : board.subscribe(this::show);
    }

    /** Follows the board on the console, or does nothing when there is no console. */
    static ProgressLine onConsole(ProgressBoard board) {
        return new ProgressLine(board, System.console() == null ? null : System.out);
    }

    private synchronized void show(ProgressBoard.StepReport report) {
        String line = render(report);
        out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        out.flush();
        width = line.length();
    }

    static String render(ProgressBoard.StepReport report) {
        StringBuilder line = new StringBuilder(report.step());
        if (report.total() > 0) {
            line.append(String.format(Locale.ROOT, " %d/%d %s (%.0f%%)", report.done(), report.total(), report.unit(),
                    report.percent()));
        }
        if (report.phase() != null) {
            line.append(" ").append(report.phase());
        }
        if (report.ratePerSecond() > 0 && !"phases".equals(report.unit())) {
            line.append(String.format(Locale.ROOT, ", %.1f %s/s", report.ratePerSecond(), report.unit()));
        }
        if (report.etaSeconds() != null && report.done() < report.total()) {
            line.append(", ").append(report.etaSeconds()).append(" s left");
        }
        return line.length() > 110 ? line.substring(0, 110) : line.toString();
    }

    @Override
    public synchronized void close() {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        }
        catch (Exception ignored) {
            // unsubscribing removes a list entry and cannot fail
        }
        if (width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
    }

}
