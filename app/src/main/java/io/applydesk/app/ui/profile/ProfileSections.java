package io.applydesk.app.ui.profile;

import io.applydesk.app.ui.profile.EntryList.Field;
import io.applydesk.app.ui.profile.EntryList.Kind;
import io.applydesk.core.profile.Achievement;
import io.applydesk.core.profile.Certification;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.Language;
import io.applydesk.core.profile.ProfileValidator;
import io.applydesk.core.profile.WorkExperience;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The profile's list sections as {@link EntryList}s: which fields each entry has, in form order,
 * and how an entry maps to the profile's record.
 */
final class ProfileSections {

    private ProfileSections() {
    }

    static EntryList<WorkExperience> workExperience(Runnable onChange) {
        return new EntryList<>("workExperience", "Work experience", "job", List.of(
                new Field("jobTitle", "Job title", Kind.TEXT),
                new Field("company", "Company", Kind.TEXT),
                new Field("startDate", "Started (YYYY-MM)", Kind.MONTH),
                new Field("endDate", "Ended (YYYY-MM)", Kind.MONTH),
                new Field("workLocation", "Where", Kind.TEXT),
                new Field("currentlyWorkHere", "I work here now", Kind.CHECK),
                new Field("description", "What you did", Kind.LONG_TEXT)),
                w -> values(w.jobTitle(), w.company(), w.startDate(), w.endDate(), w.workLocation(),
                        String.valueOf(w.currentlyWorkHere()), w.description()),
                e -> new WorkExperience(e.text("jobTitle"), e.text("company"), e.text("startDate"),
                        e.text("endDate"), e.flag("currentlyWorkHere"), e.text("workLocation"), e.text("description")),
                ProfileValidator::problemsIn, onChange);
    }

    static EntryList<Education> education(Runnable onChange) {
        return new EntryList<>("education", "Education", "school", List.of(
                new Field("institution", "School", Kind.TEXT),
                new Field("degreeName", "Degree", Kind.TEXT),
                new Field("fieldOfStudy", "Field of study", Kind.TEXT),
                new Field("gpa", "Grade (GPA)", Kind.TEXT),
                new Field("city", "City", Kind.TEXT),
                new Field("state", "State or region", Kind.TEXT),
                new Field("startDate", "Started (YYYY-MM)", Kind.MONTH),
                new Field("endDate", "Ended (YYYY-MM)", Kind.MONTH)),
                ed -> {
                    Education.Institution school = ed.institution();
                    Education.Location where = school == null ? null : school.location();
                    Education.Degree degree = ed.degree();
                    return values(school == null ? null : school.name(), degree == null ? null : degree.degreeName(),
                            degree == null ? null : degree.fieldOfStudy(), ed.gpa(),
                            where == null ? null : where.city(), where == null ? null : where.state(),
                            ed.startDate(), ed.endDate());
                },
                e -> new Education(new Education.Institution(e.text("institution"),
                        e.text("city") == null && e.text("state") == null ? null
                                : new Education.Location(e.text("city"), e.text("state"))),
                        new Education.Degree(e.text("degreeName"), e.text("fieldOfStudy")),
                        e.text("startDate"), e.text("endDate"), e.text("gpa")),
                ProfileValidator::problemsIn, onChange);
    }

    static EntryList<Language> languages(Runnable onChange) {
        return new EntryList<>("languages", "Languages", "language", List.of(
                new Field("language", "Language", Kind.TEXT),
                new Field("proficiency", "How well (e.g. Native, Fluent)", Kind.TEXT)),
                l -> values(l.language(), l.proficiency()),
                e -> new Language(e.text("language"), e.text("proficiency")),
                onChange);
    }

    static EntryList<Certification> certifications(Runnable onChange) {
        return new EntryList<>("certifications", "Certifications", "certification", List.of(
                new Field("name", "Certification", Kind.TEXT),
                new Field("issuer", "Issued by", Kind.TEXT),
                new Field("date", "Date (YYYY-MM)", Kind.MONTH)),
                c -> values(c.name(), c.issuer(), c.date()),
                e -> new Certification(e.text("name"), e.text("issuer"), e.text("date")),
                ProfileValidator::problemsIn, onChange);
    }

    static EntryList<Achievement> achievements(Runnable onChange) {
        return new EntryList<>("achievements", "Achievements", "achievement", List.of(
                new Field("title", "Achievement", Kind.TEXT),
                new Field("date", "Date (YYYY-MM)", Kind.MONTH),
                new Field("description", "Details", Kind.LONG_TEXT)),
                a -> values(a.title(), a.date(), a.description()),
                e -> new Achievement(e.text("title"), e.text("description"), e.text("date")),
                onChange);
    }

    static EntryList<String> skills(Runnable onChange) {
        return new EntryList<>("skills", "Skills", "skill", List.of(new Field("skill", "Skill", Kind.TEXT)),
                s -> values(s), e -> e.text("skill"), onChange);
    }

    /** {@code miscellaneous.workAuthorization}: one entry per country. */
    static EntryList<Map.Entry<String, Boolean>> workAuthorization(Runnable onChange) {
        return new EntryList<>("workAuthorization", "Where you may work", "country", List.of(
                new Field("country", "Country", Kind.TEXT),
                new Field("authorized", "Allowed to work there", Kind.CHECK)),
                a -> values(a.getKey(), String.valueOf(Boolean.TRUE.equals(a.getValue()))),
                e -> Map.entry(e.text("country") == null ? "" : e.text("country"), e.flag("authorized")),
                onChange);
    }

    private static List<String> values(String... values) {
        return Arrays.asList(values);
    }
}
