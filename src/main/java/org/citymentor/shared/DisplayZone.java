package org.citymentor.shared;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone in which pages, e-mails and PDFs show times ("saved at 14:02"). Times are
 * stored in UTC; an installation serving one region sets its zone (CITYMENTOR_TIME_ZONE).
 */
@Component
public class DisplayZone {

	private final ZoneId zone;

	DisplayZone(@Value("${citymentor.time-zone:Europe/Brussels}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

}
