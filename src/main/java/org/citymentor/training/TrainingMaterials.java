package org.citymentor.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;
import org.citymentor.goodpractice.UploadRejectedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The material of a session: files (PDF, PNG, JPEG, judged by their bytes, not by their
 * name or what the browser says) and links. The key points of mentoring are built in and
 * need no upload.
 */
@Service
@Transactional
public class TrainingMaterials {

	static final int MAX_FILES = 20;

	static final int MAX_LINKS = 30;

	private static final Map<String, String> TYPES = Map.of("application/pdf", "PDF", "image/png", "PNG", "image/jpeg",
			"JPEG");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	private final Tika tika = new Tika();

	TrainingMaterials(JdbcClient jdbc, Clock clock, @Value("${citymentor.uploads.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Checks and keeps a file.
	 * @throws UploadRejectedException when it is empty, too large, not a PDF or image, or
	 * its name says another type than its content
	 */
	public long addFile(long trainingId, String originalName, byte[] content, long userId) {
		if (content == null || content.length == 0) {
			throw new UploadRejectedException("training.file.required");
		}
		if (content.length > this.maxSize.toBytes()) {
			throw new UploadRejectedException("training.file.tooLarge", this.maxSize.toMegabytes());
		}
		String name = fileName(originalName);
		String type = this.tika.detect(content);
		if (!TYPES.containsKey(type) || !type.equals(this.tika.detect(name))) {
			throw new UploadRejectedException("training.file.type");
		}
		long count = this.jdbc.sql("select count(*) from training_file where training_id = ?")
			.param(trainingId)
			.query(Long.class)
			.single();
		if (count >= MAX_FILES) {
			throw new UploadRejectedException("training.file.tooMany", MAX_FILES);
		}
		return this.jdbc
			.sql("""
					insert into training_file (training_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(trainingId, name, type, content.length, content, userId, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Keeps a link.
	 * @throws UploadRejectedException when the title or the address is missing or wrong
	 */
	public long addLink(long trainingId, String title, String url) {
		String t = (title != null) ? title.strip() : "";
		String u = (url != null) ? url.strip() : "";
		if (t.isEmpty() || t.length() > 200) {
			throw new UploadRejectedException("training.link.title");
		}
		if (u.length() > 500 || !u.matches("(?i)https?://[^\\s<>\"]+")) {
			throw new UploadRejectedException("training.link.url");
		}
		long count = this.jdbc.sql("select count(*) from training_link where training_id = ?")
			.param(trainingId)
			.query(Long.class)
			.single();
		if (count >= MAX_LINKS) {
			throw new UploadRejectedException("training.link.tooMany", MAX_LINKS);
		}
		return this.jdbc
			.sql("insert into training_link (training_id, title, url, added_at) values (?, ?, ?, ?) returning id")
			.params(trainingId, t, u, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public List<StoredFile> files(long trainingId) {
		return this.jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_at from training_file
				where training_id = ? order by uploaded_at, id
				""")
			.param(trainingId)
			.query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("file_name"),
					TYPES.getOrDefault(rs.getString("content_type"), ""), rs.getLong("size_bytes"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Link> links(long trainingId) {
		return this.jdbc.sql("select id, title, url from training_link where training_id = ? order by added_at, id")
			.param(trainingId)
			.query((rs, n) -> new Link(rs.getLong("id"), rs.getString("title"), rs.getString("url")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Download> download(long trainingId, long fileId) {
		return this.jdbc
			.sql("select file_name, content_type, content from training_file where id = ? and training_id = ?")
			.params(fileId, trainingId)
			.query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	public boolean removeFile(long trainingId, long fileId) {
		return this.jdbc.sql("delete from training_file where id = ? and training_id = ?")
			.params(fileId, trainingId)
			.update() == 1;
	}

	public boolean removeLink(long trainingId, long linkId) {
		return this.jdbc.sql("delete from training_link where id = ? and training_id = ?")
			.params(linkId, trainingId)
			.update() == 1;
	}

	/** The name without folders or control characters, at most 200 characters. */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}\"]", "")
			.strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "file" + name;
		}
		return (name.length() <= 200) ? name : name.substring(name.length() - 200);
	}

	/** A file as the session lists it. */
	public record StoredFile(long id, String fileName, String typeName, long sizeBytes, Instant uploadedAt) {

		/** "240 KB", "1.2 MB". */
		public String sizeText() {
			return (this.sizeBytes < 1024 * 1024) ? Math.max(1, this.sizeBytes / 1024) + " KB"
					: String.format(Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
		}

	}

	public record Link(long id, String title, String url) {
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

}
