package org.citymentor.goodpractice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every field of a good-practice sheet (annex 4 of the guide), in the guide's order and
 * under its headings: the one list that the form, the page, the validation and the
 * messages follow. Labels are {@code goodPractice.field.<property>}, help texts
 * {@code goodPractice.field.<property>.help}.
 */
public enum GoodPracticeField {

	TITLE(Section.ABOUT, Kind.LINE, 200),

	LOCATION(Section.ABOUT, Kind.LINE, 300),

	LEAD_ORGANISATIONS(Section.ABOUT, Kind.TEXT),

	THEMES(Section.ABOUT, Kind.THEMES),

	LANGUAGES(Section.ABOUT, Kind.LANGUAGES),

	CONTEXT(Section.CONTEXT, Kind.TEXT),

	TARGET_GROUP(Section.CONTEXT, Kind.TEXT),

	AIMS(Section.CONTEXT, Kind.TEXT),

	START_DATE(Section.DESCRIPTION, Kind.DATE),

	PRECONDITIONS(Section.DESCRIPTION, Kind.TEXT),

	MAIN_ACTIVITIES(Section.DESCRIPTION, Kind.TEXT),

	WHO_DID_THE_WORK(Section.DESCRIPTION, Kind.TEXT),

	FUNDING(Section.RESOURCES, Kind.TEXT),

	STAFF(Section.RESOURCES, Kind.TEXT),

	VOLUNTEERS(Section.RESOURCES, Kind.TEXT),

	PARTNERS(Section.RESOURCES, Kind.TEXT),

	BENEFICIARIES(Section.RESULTS, Kind.TEXT),

	CONCRETE_CHANGE(Section.RESULTS, Kind.TEXT),

	EVALUATION(Section.RESULTS, Kind.TEXT),

	SUCCESS_FACTORS(Section.SUCCESS_FACTORS, Kind.TEXT),

	CHALLENGES(Section.RISKS, Kind.TEXT),

	RISKS(Section.RISKS, Kind.TEXT),

	TRANSFER_REQUIREMENTS(Section.TRANSFERABILITY, Kind.TEXT),

	DOS_AND_DONTS(Section.TRANSFERABILITY, Kind.TEXT),

	CONTACT_NAME(Section.CONTACT, Kind.LINE, 200),

	CONTACT_FUNCTION(Section.CONTACT, Kind.LINE, 200),

	LINKS(Section.MORE_INFORMATION, Kind.LINKS);

	/** Longest answer to a long question. */
	public static final int LONG_TEXT_MAX = 10_000;

	/** A sheet is published only once these say something. */
	private static final List<GoodPracticeField> NEEDED_TO_PUBLISH = List.of(LOCATION, CONTEXT, MAIN_ACTIVITIES);

	private final Section section;

	private final Kind kind;

	private final int maxLength;

	GoodPracticeField(Section section, Kind kind) {
		this(section, kind, (kind == Kind.TEXT) ? LONG_TEXT_MAX : 0);
	}

	GoodPracticeField(Section section, Kind kind, int maxLength) {
		this.section = section;
		this.kind = kind;
		this.maxLength = maxLength;
	}

	public Section section() {
		return this.section;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The most characters a text field takes; 0 for fields that are not text. */
	public int maxLength() {
		return this.maxLength;
	}

	public boolean isText() {
		return this.kind == Kind.LINE || this.kind == Kind.TEXT;
	}

	public boolean isLongText() {
		return this.kind == Kind.TEXT;
	}

	/** Only the title is needed to save a draft. */
	public boolean isRequired() {
		return this == TITLE;
	}

	public boolean isNeededToPublish() {
		return NEEDED_TO_PUBLISH.contains(this);
	}

	/**
	 * The name of the form property and of the field in pages, e.g.
	 * {@code leadOrganisations}.
	 */
	public String property() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder property = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			property.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return property.toString();
	}

	public String labelKey() {
		return "goodPractice.field." + property();
	}

	public String helpKey() {
		return labelKey() + ".help";
	}

	public static List<GoodPracticeField> textFields() {
		return Arrays.stream(values()).filter(GoodPracticeField::isText).toList();
	}

	/** What a field holds, which decides how it is typed and shown. */
	public enum Kind {

		/** One line of text. */
		LINE,
		/** A long answer, up to {@link #LONG_TEXT_MAX} characters. */
		TEXT,
		/** A date or a month. */
		DATE,
		/** Themes from the managed list. */
		THEMES,
		/** The languages the sheet is written in. */
		LANGUAGES,
		/** Web addresses with a label. */
		LINKS

	}

	/**
	 * The headings of the guide's sheet; their titles are
	 * {@code goodPractice.section.<NAME>}.
	 */
	public enum Section {

		ABOUT, CONTEXT, DESCRIPTION, RESOURCES, RESULTS, SUCCESS_FACTORS, RISKS, TRANSFERABILITY, CONTACT,
		MORE_INFORMATION;

		public List<GoodPracticeField> fields() {
			return Arrays.stream(GoodPracticeField.values()).filter((field) -> field.section == this).toList();
		}

		public String headingKey() {
			return "goodPractice.section." + name();
		}

		public String anchor() {
			return "section-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
