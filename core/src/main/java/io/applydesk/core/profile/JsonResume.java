package io.applydesk.core.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes the JSON Resume format (jsonresume.org schema 1.0): {@code basics}, {@code work},
 * {@code education}, {@code awards}, {@code certificates}, {@code skills}, {@code languages}. What a profile
 * has and JSON Resume has no place for (the cover letter, saved answers, resume file, work authorization and
 * the like) is written to the top-level {@value #EXTENSION} object in the hosted shape (see {@link ProfileJson}),
 * which the schema allows and other tools ignore, so that a profile exported and imported again is the same
 * profile. JSON Resume sections a profile has no place for are left out (a read says so in its warnings).
 * Dates keep "YYYY-MM". Stateless and thread-safe.
 */
public final class JsonResume {
    /** The top-level key of what only ApplyDesk reads. */
    static final String EXTENSION = "x-applydesk";
    private static final List<String> UNUSED_SECTIONS =
            List.of("volunteer", "publications", "interests", "references", "projects");
    // The extension says only what the profile has: no nulls for what basics already holds or the profile lacks.
    private static final ObjectMapper EXTENSION_MAPPER =
            Json.mapper().copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private JsonResume() {
    }

    /** True when {@code root} is a JSON Resume document rather than a profile in the hosted API's shape. */
    static boolean isJsonResume(JsonNode root) {
        return root.isObject() && root.has("basics") && !root.has("personalInformation");
    }

    /**
     * The profile a JSON Resume document describes, completed from its {@value #EXTENSION} object when it has one
     * (with the answers and the resume file, resolved against {@code file}'s folder); what {@code basics} and the
     * sections say wins over it, as they may have been edited elsewhere since.
     */
    static ProfileImport fromTree(JsonNode root, Path file) {
        JsonNode extension = root.path(EXTENSION);
        ProfileImport extra = extension.isObject() ? ProfileJson.readHosted(extension, file, EXTENSION) : null;
        // Without it nothing says how basics joined the name and the phone: they are split by guess.
        PersonalInformation joinedFrom = extra == null || extra.draft().personalInformation() == null
                ? new PersonalInformation(null, null, null, null, null, null, null, null, null, null, null, null)
                : extra.draft().personalInformation();
        List<String> warnings = new ArrayList<>(extra == null ? List.of() : extra.warnings());
        JsonNode basics = root.path("basics");
        JsonNode location = basics.path("location");
        String[] names = split(text(basics, "name"), joinedFrom.firstName(), joinedFrom.lastName(),
                JsonResume::splitName);
        String[] phone = split(text(basics, "phone"), joinedFrom.countryCode(), joinedFrom.phoneNumber(),
                JsonResume::splitPhone);
        PersonalInformation info = new PersonalInformation(names[0], names[1], text(basics, "email"), phone[0],
                phone[1], null, text(location, "address"), text(location, "city"), text(location, "region"),
                text(location, "postalCode"), countryName(text(location, "countryCode")), null);

        List<WorkExperience> work = new ArrayList<>();
        for (JsonNode job : root.path("work")) {
            String end = month(text(job, "endDate"));
            work.add(new WorkExperience(text(job, "position"), text(job, "name"), month(text(job, "startDate")), end,
                    end == null, text(job, "location"), withHighlights(text(job, "summary"), job.path("highlights"))));
        }
        List<Education> education = new ArrayList<>();
        for (JsonNode school : root.path("education")) {
            String studyType = text(school, "studyType");
            String area = text(school, "area");
            education.add(new Education(new Education.Institution(text(school, "institution"), null),
                    studyType == null && area == null ? null : new Education.Degree(studyType, area),
                    month(text(school, "startDate")), month(text(school, "endDate")), text(school, "score")));
        }
        List<String> skills = new ArrayList<>();
        root.path("skills").forEach(skill -> {
            String name = text(skill, "name");
            if (name != null) {
                skills.add(name);
            }
        });
        List<Language> languages = new ArrayList<>();
        root.path("languages").forEach(l -> languages.add(new Language(text(l, "language"), text(l, "fluency"))));
        List<Certification> certifications = new ArrayList<>();
        root.path("certificates").forEach(c -> certifications.add(
                new Certification(text(c, "name"), text(c, "issuer"), month(text(c, "date")))));
        List<Achievement> achievements = new ArrayList<>();
        root.path("awards").forEach(a -> achievements.add(
                new Achievement(text(a, "title"), text(a, "summary"), month(text(a, "date")))));

        Miscellaneous misc = new Miscellaneous(profileUrl(basics, "linkedin"), profileUrl(basics, "github"),
                profileUrl(basics, "portfolio"), text(basics, "url"), null, null, null, null, null, null, null, null,
                null, null, null, null);
        for (String section : UNUSED_SECTIONS) {
            if (root.path(section).size() > 0) {
                warnings.add("The '" + section + "' section has no place in an ApplyDesk profile and was ignored.");
            }
        }
        // No profile name but the extension's: a new profile is called after the person, an updated one keeps its own.
        Profile draft = new Profile(null, null, info, work, education, skills, languages, certifications,
                achievements, misc, null, null, null, null);
        if (extra == null) {
            return new ProfileImport(draft, null, List.of(), warnings);
        }
        return new ProfileImport(ProfileMerge.over(draft, withSchoolsOf(extra.draft(), education)),
                extra.resumeLocation(), extra.answers(), warnings);
    }

    /**
     * {@code extension} with only the schools {@code education} still names: the extension's schools just say where
     * the file's are, and one removed from the file must stay removed (all removed, the merge would bring them back).
     */
    private static Profile withSchoolsOf(Profile extension, List<Education> education) {
        Set<String> named = education.stream().map(e -> e.institution().name()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Education> located = extension.education().stream()
                .filter(e -> e.institution() != null && named.contains(e.institution().name())).toList();
        return new Profile(extension.profileId(), extension.name(), extension.personalInformation(),
                extension.workExperience(), located, extension.skills(), extension.languages(),
                extension.certifications(), extension.achievements(), extension.miscellaneous(), extension.resumes(),
                extension.answers(), extension.createdAt(), extension.updatedAt());
    }

    /**
     * {@code p} as a JSON Resume document; {@code resumePath} names its default resume, written beside the file (see
     * {@link ProfileExporter}), null without one.
     */
    static ObjectNode toTree(Profile p, String resumePath) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        PersonalInformation info = p.personalInformation();
        Miscellaneous misc = p.miscellaneous();
        ObjectNode basics = root.putObject("basics");
        if (info != null) {
            put(basics, "name", joined(info.firstName(), info.lastName()));
            put(basics, "email", info.email());
            put(basics, "phone", joined(info.countryCode(), info.phoneNumber()));
            ObjectNode location = basics.putObject("location");
            put(location, "address", info.address());
            put(location, "postalCode", info.zipCode());
            put(location, "city", info.city());
            put(location, "region", info.state());
            put(location, "countryCode", countryCode(info.country()));
        }
        if (misc != null) {
            put(basics, "url", misc.websiteUrl());
            ArrayNode profiles = basics.putArray("profiles");
            addProfile(profiles, "LinkedIn", misc.linkedinUrl());
            addProfile(profiles, "GitHub", misc.githubUrl());
            addProfile(profiles, "Portfolio", misc.portfolioUrl());
        }
        ArrayNode work = root.putArray("work");
        for (WorkExperience w : p.workExperience()) {
            ObjectNode job = work.addObject();
            put(job, "name", w.company());
            put(job, "position", w.jobTitle());
            put(job, "location", w.workLocation());
            put(job, "startDate", w.startDate());
            put(job, "endDate", w.currentlyWorkHere() ? null : w.endDate());
            put(job, "summary", w.description());
        }
        ArrayNode education = root.putArray("education");
        for (Education e : p.education()) {
            ObjectNode school = education.addObject();
            put(school, "institution", e.institution() == null ? null : e.institution().name());
            put(school, "studyType", e.degree() == null ? null : e.degree().degreeName());
            put(school, "area", e.degree() == null ? null : e.degree().fieldOfStudy());
            put(school, "startDate", e.startDate());
            put(school, "endDate", e.endDate());
            put(school, "score", e.gpa());
        }
        ArrayNode awards = root.putArray("awards");
        for (Achievement a : p.achievements()) {
            ObjectNode award = awards.addObject();
            put(award, "title", a.title());
            put(award, "date", a.date());
            put(award, "summary", a.description());
        }
        ArrayNode certificates = root.putArray("certificates");
        for (Certification c : p.certifications()) {
            ObjectNode certificate = certificates.addObject();
            put(certificate, "name", c.name());
            put(certificate, "issuer", c.issuer());
            put(certificate, "date", c.date());
        }
        ArrayNode skills = root.putArray("skills");
        p.skills().forEach(s -> skills.addObject().put("name", s));
        ArrayNode languages = root.putArray("languages");
        for (Language l : p.languages()) {
            ObjectNode language = languages.addObject();
            put(language, "language", l.language());
            put(language, "fluency", l.proficiency());
        }
        root.set(EXTENSION, EXTENSION_MAPPER.valueToTree(extension(p, resumePath)));
        return root;
    }

    /**
     * What {@code p} has and JSON Resume has no place for, in the hosted shape: the profile's name, the answers, the
     * resume file, the rest of {@code miscellaneous}, gender, citizenship and where each school is; and the parts
     * basics joins (name, phone), so that they split back as they were.
     */
    private static ProfileFileJson extension(Profile p, String resumePath) {
        PersonalInformation info = p.personalInformation();
        PersonalInformation rest = info == null ? null : new PersonalInformation(info.firstName(), info.lastName(),
                null, info.countryCode(), info.phoneNumber(), info.gender(), null, null, null, null, null,
                info.citizenship());
        // Named, so that each location finds its school again even if schools were reordered or removed elsewhere.
        List<Education> schools = p.education().stream()
                .filter(e -> e.institution() != null && e.institution().location() != null)
                .map(e -> new Education(e.institution(), null, null, null, null))
                .collect(Collectors.toList());
        Miscellaneous m = p.miscellaneous();
        Miscellaneous unplaced = m == null ? null : new Miscellaneous(null, null, null, null, m.workAuthorization(),
                m.requiresSponsorship(), m.willingToRelocate(), m.desiredSalary(), m.noticePeriod(),
                m.earliestStartDate(), m.preferredName(), m.pronouns(), m.phoneType(), m.howDidYouHear(),
                m.voluntarySelfIdentification(), m.coverLetter());
        return new ProfileFileJson(p.name(), rest, null, schools.isEmpty() ? null : schools, null, null, null, null,
                unplaced, p.answers().isEmpty() ? null : p.answers(), resumePath, null);
    }

    private static void addProfile(ArrayNode profiles, String network, String url) {
        if (url != null && !url.isBlank()) {
            profiles.addObject().put("network", network).put("url", url);
        }
    }

    private static String profileUrl(JsonNode basics, String network) {
        for (JsonNode profile : basics.path("profiles")) {
            String name = text(profile, "network");
            if (name != null && name.toLowerCase(Locale.ROOT).contains(network)) {
                return text(profile, "url");
            }
        }
        return null;
    }

    /**
     * {@code whole} as the two parts the extension says basics joined it from, while they still join to it; else
     * split by {@code guess} (a file from elsewhere, or edited since).
     */
    private static String[] split(String whole, String first, String second, Function<String, String[]> guess) {
        return whole != null && whole.equals(joined(first, second)) ? new String[] {first, second} : guess.apply(whole);
    }

    /** "Mei Ling Tan" → "Mei Ling", "Tan": the last word is the last name. */
    private static String[] splitName(String fullName) {
        int space = fullName == null ? -1 : fullName.lastIndexOf(' ');
        return space < 0 ? new String[] {fullName, null}
                : new String[] {fullName.substring(0, space), fullName.substring(space + 1)};
    }

    /** "+1 2065550198" → "+1", "2065550198": the part before the first space is the country code. */
    private static String[] splitPhone(String phone) {
        int gap = phone == null || !phone.startsWith("+") ? -1 : phone.indexOf(' ');
        return gap < 0 ? new String[] {null, phone}
                : new String[] {phone.substring(0, gap), phone.substring(gap + 1).trim()};
    }

    /** The summary followed by one "- highlight" line each, as forms take one description box. */
    private static String withHighlights(String summary, JsonNode highlights) {
        StringBuilder sb = new StringBuilder(summary == null ? "" : summary);
        for (JsonNode h : highlights) {
            if (h.isTextual() && !h.asText().isBlank()) {
                sb.append(sb.length() == 0 ? "" : "\n").append("- ").append(h.asText().trim());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** "2021-02-15" or "2021-02" → "2021-02"; a bare year stays as it is. */
    private static String month(String date) {
        return date == null || date.length() <= 7 ? date : date.substring(0, 7);
    }

    /** "US" → "United States"; anything that is not a two-letter code is kept as written. */
    private static String countryName(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** "United States" → "US"; a name no locale knows is kept as written. */
    private static String countryCode(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        for (String code : Locale.getISOCountries()) {
            if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country.trim())) {
                return code;
            }
        }
        return country.trim();
    }

    private static String joined(String first, String second) {
        String joined = ((first == null ? "" : first.trim()) + " " + (second == null ? "" : second.trim())).trim();
        return joined.isEmpty() ? null : joined;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().trim() : null;
    }
}
