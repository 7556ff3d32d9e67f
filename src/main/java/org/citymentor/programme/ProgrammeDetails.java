package org.citymentor.programme;

import java.util.List;

/** A programme with what its page shows. */
public record ProgrammeDetails(long id, long version, ProgrammeData data, List<Long> coordinatorIds) {

}
