package io.applydesk.core.profile;

public record Achievement(String title, String description, String date) {
}
