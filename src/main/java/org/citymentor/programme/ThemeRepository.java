package org.citymentor.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderBySortOrderAscIdAsc();

	Optional<Theme> findByCode(String code);

}
