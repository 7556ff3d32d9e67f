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

	@Transactional(readOnly = true)
	public boolean allExist(Collection<Long> ids) {
		return ids.stream().distinct().count() == this.repository.findAllById(ids).size();
	}

}
