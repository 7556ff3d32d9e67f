package org.citymentor.programme;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.citymentor.shared.web.Option;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of themes (policy areas) with labels in the page's language. */
@Service
public class Themes {

	private final ThemeRepository repository;

	Themes(ThemeRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public List<Option> options(Locale locale) {
		return this.repository.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter(Theme::isActive)
			.map((theme) -> new Option(String.valueOf(theme.getId()), theme.label(locale)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, String> labels(Collection<Long> ids, Locale locale) {
		return this.repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Theme::getId, (theme) -> theme.label(locale)));
	}

	@Transactional(readOnly = true)
	public long idOf(String code) {
		return this.repository.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException("no theme " + code))
			.getId();
	}

	/** Every theme, also inactive ones, for the administrator's page. */
	@Transactional(readOnly = true)
	public List<ThemeRow> all() {
		return this.repository.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.map((theme) -> new ThemeRow(theme.getId(), theme.getCode(), theme.labels(), theme.isActive()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ThemeRow get(long id) {
		Theme theme = this.repository.findById(id).orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		return new ThemeRow(theme.getId(), theme.getCode(), theme.labels(), theme.isActive());
	}

	/** Adds a theme at the end of the list; its code is made from the English label. */
	@Transactional
	public long addTheme(Labels labels) {
		String code = labels.en()
			.trim()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		String unique = code.isEmpty() ? "theme" : code;
		int suffix = 2;
		while (this.repository.findByCode(unique).isPresent()) {
			unique = code + "-" + suffix++;
		}
		int last = this.repository.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.mapToInt(Theme::getSortOrder)
			.max()
			.orElse(0);
		return this.repository.save(new Theme(unique, labels, last + 10)).getId();
	}

	@Transactional
	public void updateTheme(long id, Labels labels, boolean active) {
		this.repository.findById(id)
			.orElseThrow(org.citymentor.shared.web.NotFoundException::new)
			.relabel(labels, active);
	}

	@Transactional(readOnly = true)
	public boolean labelTaken(String labelEn, Long exceptId) {
		return this.repository.findAll()
			.stream()
			.anyMatch(
					(theme) -> theme.getLabelEn().equalsIgnoreCase(labelEn.trim()) && !theme.getId().equals(exceptId));
	}

	/** A theme as the administrator manages it. */
	public record ThemeRow(long id, String code, Labels labels, boolean active) {

		public String labelEn() {
			return this.labels.en();
		}

		public String labelNl() {
			return this.labels.nl();
		}

	}

	/**
	 * A theme's names: English and Dutch are required, French and Italian optional
	 * (English is shown where they are missing).
	 */
	public record Labels(String en, String nl, String fr, String it) {
	}

	@Transactional(readOnly = true)
	public boolean allExist(Collection<Long> ids) {
		return ids.stream().distinct().count() == this.repository.findAllById(ids).size();
	}

}
