package io.applydesk.automation.sandbox;

/** HTML escaping for every piece of dynamic text the replicas render. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and for double-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code  name="value"} with the value escaped, ready to append inside a start tag. */
    public static String attribute(String name, String value) {
        return " " + name + "=\"" + escape(value) + "\"";
    }
}
