package org.citymentor.goodpractice.web;

import java.net.URI;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.citymentor.goodpractice.GoodPracticeData;
import org.citymentor.goodpractice.GoodPracticeDetails;
import org.citymentor.goodpractice.GoodPracticeField;
import org.citymentor.goodpractice.GoodPracticeLink;
import org.citymentor.goodpractice.StartDate;
import org.citymentor.shared.web.Countries;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * The whole sheet as one form, never bound to the entity. Its text properties are named
 * after {@link GoodPracticeField#property()}, so the checks and the conversion follow
 * that list; links are two lists of the same length, one row per link.
 */
public class GoodPracticeForm {

	static final int MAX_LINKS = 10;

	private static final int EMPTY_LINK_ROWS = 2;

	private static final int MAX_LINK_LENGTH = 2000;

	private static final int MAX_LINK_LABEL_LENGTH = 200;

	private String title;

	private String location;

	private String leadOrganisations;

	private String context;

	private String targetGroup;

	private String aims;

	private Integer startDay;

	private Integer startMonth;

	private Integer startYear;

	private String preconditions;

	private String mainActivities;

	private String whoDidTheWork;

	private String funding;

	private String staff;

	private String volunteers;

	private String partners;

	private String beneficiaries;

	private String concreteChange;

	private String evaluation;

	private String successFactors;

	private String challenges;

	private String risks;

	private String transferRequirements;

	private String dosAndDonts;

	private String contactName;

	private String contactFunction;

	private List<Long> themeIds = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private List<String> linkUrls = new ArrayList<>();

	private List<String> linkLabels = new ArrayList<>();

	private long version;

	static GoodPracticeForm from(GoodPracticeDetails details) {
		GoodPracticeForm form = new GoodPracticeForm();
		GoodPracticeData data = details.data();
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			bean.setPropertyValue(field.property(), data.text(field));
		}
		if (data.startDate() != null) {
			form.startYear = data.startDate().date().getYear();
			form.startMonth = data.startDate().date().getMonthValue();
			form.startDay = data.startDate().dayKnown() ? data.startDate().date().getDayOfMonth() : null;
		}
		form.themeIds = new ArrayList<>(data.themeIds());
		form.languages = new ArrayList<>(data.languages());
		for (GoodPracticeLink link : data.links()) {
			form.linkUrls.add(link.url());
			form.linkLabels.add((link.label() != null) ? link.label() : "");
		}
		form.version = details.version();
		return form;
	}

	/** The text the person typed in a field. */
	String text(GoodPracticeField field) {
		Object value = PropertyAccessorFactory.forBeanPropertyAccess(this).getPropertyValue(field.property());
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Checks what bean validation cannot say from annotations: lengths from the field
	 * list, the start date, themes, languages and links.
	 */
	void validate(BindingResult result, Predicate<List<Long>> themesExist) {
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			String value = text(field);
			if (field.isRequired() && (value == null || value.isBlank())) {
				result.rejectValue(field.property(), "goodPractice.title.required");
			}
			else if (value != null && value.strip().length() > field.maxLength()) {
				result.rejectValue(field.property(), "goodPractice.tooLong", new Object[] { field.maxLength() }, null);
			}
		}
		validateStartDate(result);
		if (!themesExist.test(this.themeIds)) {
			result.rejectValue("themeIds", "programme.themes.invalid");
		}
		if (this.languages.stream().anyMatch((code) -> !Countries.isLanguage(code))) {
			result.rejectValue("languages", "organisation.languages.invalid");
		}
		validateLinks(result);
	}

	private void validateStartDate(BindingResult result) {
		if (result.hasFieldErrors("startDay") || result.hasFieldErrors("startMonth")
				|| result.hasFieldErrors("startYear")) {
			return;
		}
		if (this.startDay == null && this.startMonth == null && this.startYear == null) {
			return;
		}
		if (this.startMonth == null) {
			result.rejectValue("startMonth", "goodPractice.startDate.monthAndYear");
		}
		else if (this.startYear == null) {
			result.rejectValue("startYear", "goodPractice.startDate.monthAndYear");
		}
		else if (this.startYear < 1900 || this.startYear > 2100) {
			result.rejectValue("startYear", "goodPractice.startDate.yearRange");
		}
		else if (startDate() == null) {
			result.rejectValue((this.startMonth < 1 || this.startMonth > 12) ? "startMonth" : "startDay",
					"goodPractice.startDate.invalid");
		}
	}

	private void validateLinks(BindingResult result) {
		int filled = 0;
		for (int i = 0; i < Math.max(this.linkUrls.size(), this.linkLabels.size()); i++) {
			String url = at(this.linkUrls, i);
			String label = at(this.linkLabels, i);
			if (url.isBlank() && label.isBlank()) {
				continue;
			}
			filled++;
			if (url.isBlank()) {
				result.rejectValue("linkUrls[" + i + "]", "goodPractice.link.urlRequired");
			}
			else if (url.strip().length() > MAX_LINK_LENGTH) {
				result.rejectValue("linkUrls[" + i + "]", "goodPractice.tooLong", new Object[] { MAX_LINK_LENGTH },
						null);
			}
			else if (!isWebAddress(url.strip())) {
				result.rejectValue("linkUrls[" + i + "]", "goodPractice.link.invalid");
			}
			if (label.strip().length() > MAX_LINK_LABEL_LENGTH) {
				result.rejectValue("linkLabels[" + i + "]", "goodPractice.tooLong",
						new Object[] { MAX_LINK_LABEL_LENGTH }, null);
			}
		}
		if (filled > MAX_LINKS) {
			result.rejectValue("linkUrls", "goodPractice.link.tooMany", new Object[] { MAX_LINKS }, null);
		}
	}

	/** An absolute http or https address with a host. */
	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/** What was typed, once {@link #validate} found nothing wrong. */
	GoodPracticeData toData() {
		Map<GoodPracticeField, String> texts = new EnumMap<>(GoodPracticeField.class);
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			texts.put(field, text(field));
		}
		List<GoodPracticeLink> links = new ArrayList<>();
		for (int i = 0; i < Math.max(this.linkUrls.size(), this.linkLabels.size()); i++) {
			String url = at(this.linkUrls, i).strip();
			if (!url.isEmpty()) {
				links.add(new GoodPracticeLink(url, at(this.linkLabels, i).strip()));
			}
		}
		return new GoodPracticeData(texts, startDate(), new HashSet<>(this.themeIds), new HashSet<>(this.languages),
				links);
	}

	/**
	 * Lines up the link rows and adds empty ones to type new links in, up to
	 * {@link #MAX_LINKS}.
	 */
	void addEmptyLinkRows() {
		int rows = Math.max(this.linkUrls.size(), this.linkLabels.size());
		int wanted = Math.max(rows, Math.min(rows + EMPTY_LINK_ROWS, MAX_LINKS));
		while (this.linkUrls.size() < wanted) {
			this.linkUrls.add("");
		}
		while (this.linkLabels.size() < wanted) {
			this.linkLabels.add("");
		}
	}

	private StartDate startDate() {
		if (this.startMonth == null || this.startYear == null) {
			return null;
		}
		try {
			return (this.startDay == null) ? StartDate.ofMonth(this.startYear, this.startMonth)
					: StartDate.ofDay(this.startYear, this.startMonth, this.startDay);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String at(List<String> values, int index) {
		String value = (index < values.size()) ? values.get(index) : null;
		return (value != null) ? value : "";
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getLeadOrganisations() {
		return this.leadOrganisations;
	}

	public void setLeadOrganisations(String leadOrganisations) {
		this.leadOrganisations = leadOrganisations;
	}

	public String getContext() {
		return this.context;
	}

	public void setContext(String context) {
		this.context = context;
	}

	public String getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public String getAims() {
		return this.aims;
	}

	public void setAims(String aims) {
		this.aims = aims;
	}

	public Integer getStartDay() {
		return this.startDay;
	}

	public void setStartDay(Integer startDay) {
		this.startDay = startDay;
	}

	public Integer getStartMonth() {
		return this.startMonth;
	}

	public void setStartMonth(Integer startMonth) {
		this.startMonth = startMonth;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public String getPreconditions() {
		return this.preconditions;
	}

	public void setPreconditions(String preconditions) {
		this.preconditions = preconditions;
	}

	public String getMainActivities() {
		return this.mainActivities;
	}

	public void setMainActivities(String mainActivities) {
		this.mainActivities = mainActivities;
	}

	public String getWhoDidTheWork() {
		return this.whoDidTheWork;
	}

	public void setWhoDidTheWork(String whoDidTheWork) {
		this.whoDidTheWork = whoDidTheWork;
	}

	public String getFunding() {
		return this.funding;
	}

	public void setFunding(String funding) {
		this.funding = funding;
	}

	public String getStaff() {
		return this.staff;
	}

	public void setStaff(String staff) {
		this.staff = staff;
	}

	public String getVolunteers() {
		return this.volunteers;
	}

	public void setVolunteers(String volunteers) {
		this.volunteers = volunteers;
	}

	public String getPartners() {
		return this.partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getBeneficiaries() {
		return this.beneficiaries;
	}

	public void setBeneficiaries(String beneficiaries) {
		this.beneficiaries = beneficiaries;
	}

	public String getConcreteChange() {
		return this.concreteChange;
	}

	public void setConcreteChange(String concreteChange) {
		this.concreteChange = concreteChange;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

	public String getSuccessFactors() {
		return this.successFactors;
	}

	public void setSuccessFactors(String successFactors) {
		this.successFactors = successFactors;
	}

	public String getChallenges() {
		return this.challenges;
	}

	public void setChallenges(String challenges) {
		this.challenges = challenges;
	}

	public String getRisks() {
		return this.risks;
	}

	public void setRisks(String risks) {
		this.risks = risks;
	}

	public String getTransferRequirements() {
		return this.transferRequirements;
	}

	public void setTransferRequirements(String transferRequirements) {
		this.transferRequirements = transferRequirements;
	}

	public String getDosAndDonts() {
		return this.dosAndDonts;
	}

	public void setDosAndDonts(String dosAndDonts) {
		this.dosAndDonts = dosAndDonts;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactFunction() {
		return this.contactFunction;
	}

	public void setContactFunction(String contactFunction) {
		this.contactFunction = contactFunction;
	}

	public List<Long> getThemeIds() {
		return this.themeIds;
	}

	public void setThemeIds(List<Long> themeIds) {
		this.themeIds = (themeIds != null) ? themeIds : new ArrayList<>();
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public List<String> getLinkUrls() {
		return this.linkUrls;
	}

	public void setLinkUrls(List<String> linkUrls) {
		this.linkUrls = (linkUrls != null) ? new ArrayList<>(linkUrls) : new ArrayList<>();
	}

	public List<String> getLinkLabels() {
		return this.linkLabels;
	}

	public void setLinkLabels(List<String> linkLabels) {
		this.linkLabels = (linkLabels != null) ? new ArrayList<>(linkLabels) : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
