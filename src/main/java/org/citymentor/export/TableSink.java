package org.citymentor.export;

import java.util.List;

/** Where the rows of an export go, one at a time. */
public interface TableSink {

	void row(List<String> cells);

}
