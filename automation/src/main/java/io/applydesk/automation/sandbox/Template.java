package io.applydesk.automation.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template from the classpath. {@code {{name}}} is replaced by escaped text,
 * {@code {{{name}}}} by HTML the caller built (and escaped) itself. An unknown placeholder is an error,
 * so a typo cannot silently render as nothing.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)(\\w+)}}}?");

    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Loads {@code resource} relative to {@code anchor}'s package. */
    public static Template load(Class<?> anchor, String resource) {
        return new Template(resource, new String(Resources.read(anchor, resource), StandardCharsets.UTF_8));
    }

    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        while (matcher.find()) {
            boolean raw = !matcher.group(1).isEmpty();
            String key = matcher.group(2);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template " + name + " has no value for {{" + key + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(raw ? value : Html.escape(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Classpath resources of the replicas (templates, scripts, style sheets). */
    public static final class Resources {
        private Resources() {
        }

        public static byte[] read(Class<?> anchor, String resource) {
            try (InputStream in = anchor.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
