package io.applydesk.app.cli;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.List;

/**
 * Walks the arguments of one command, option by option, accepting both {@code --name value} and
 * {@code --name=value}. Every refusal is a VALIDATION_ERROR that names the option.
 */
final class OptionReader {
    private final String command;
    private final List<String> args;
    private int next;
    private String current;
    private String inlineValue;

    OptionReader(String command, List<String> args) {
        this.command = command;
        this.args = List.copyOf(args);
    }

    boolean hasNext() {
        return next < args.size();
    }

    /** The next argument's option name ({@code --job} of {@code --job=URL}), or the argument itself. */
    String next() {
        current = args.get(next++);
        inlineValue = null;
        int equals = current.indexOf('=');
        if (current.startsWith("--") && equals > 0) {
            inlineValue = current.substring(equals + 1);
            return current.substring(0, equals);
        }
        return current;
    }

    /** The argument as given, e.g. {@code --job=URL}. */
    String argument() {
        return current;
    }

    /**
     * The value of the current option: after '=' or the following argument.
     *
     * @param placeholder shown in the refusal, e.g. "FILE"
     */
    String value(String name, String placeholder) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (next >= args.size() || args.get(next).startsWith("--")) {
            throw invalid("The option " + name + " needs a value, for example: " + name + " " + placeholder + ".", name);
        }
        return args.get(next++);
    }

    /** The current option's value as a whole number from {@code min} to {@code max}. */
    int intValue(String name, int min, int max) {
        String value = value(name, "N");
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the same sentence as a number out of range
        }
        String range = max == Integer.MAX_VALUE ? "of " + min + " or more" : "from " + min + " to " + max;
        throw invalid("The option " + name + " takes a whole number " + range + "; '" + value + "' is not one.", name);
    }

    /** The refusal of an argument the command does not know. */
    ApplyDeskException unknown() {
        return invalid("'" + current + "' is not an option of " + command + ". Run 'applydesk " + command
                + " --help' to see them.", current);
    }

    static ApplyDeskException invalid(String sentence, String details) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, sentence, details);
    }
}
