package io.applydesk.core.profile;

public record Language(String language, String proficiency) {
}
