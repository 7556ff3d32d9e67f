package org.citymentor.goodpractice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to a sheet: PDFs and images, kept in the database in a table of their
 * own so that no list loads their bytes. What a file is comes from its bytes (Apache
 * Tika), never from its name or from what the browser says: a file whose content does not
 * match the type it claims is refused.
 */
@Service
public class GoodPracticeFiles {

	public static final int MAX_FILES_PER_SHEET = 20;

	private static final int MAX_NAME_LENGTH = 200;

	/** The types taken, with the short name people know them by. */
	private static final Map<String, String> ALLOWED = Map.of("application/pdf", "PDF", "image/png", "PNG",
			"image/jpeg", "JPEG");

	private static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	private final Tika tika = new Tika();

	GoodPracticeFiles(JdbcClient jdbc, Clock clock, @Value("${citymentor.uploads.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** The largest file taken. */
	public DataSize maxSize() {
		return this.maxSize;
	}

	@Transactional(readOnly = true)
	public List<StoredFile> of(long sheetId) {
		return this.jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_at from good_practice_file
				where good_practice_id = ? order by uploaded_at, id
				""")
			.param(sheetId)
			.query((rs, row) -> new StoredFile(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	/**
	 * Checks and stores a file.
	 * @param declaredType the content type the browser sent, may be null
	 * @throws UploadRejectedException when the file is empty, too large, of another type
	 * or not what it claims to be
	 */
	@Transactional
	public long attach(long sheetId, String originalName, String declaredType, byte[] content, Long actorId) {
		if (content == null || content.length == 0) {
			throw new UploadRejectedException("goodPractice.file.required");
		}
		if (content.length > this.maxSize.toBytes()) {
			throw new UploadRejectedException("goodPractice.file.tooLarge", limitText());
		}
		String name = safeName(originalName);
		String claimed = claimedType(declaredType, name);
		String detected = this.tika.detect(content);
		if (claimed != null && !claimed.equals(detected)) {
			throw new UploadRejectedException("goodPractice.file.mismatch", name, ALLOWED.get(claimed));
		}
		if (!ALLOWED.containsKey(detected)) {
			throw new UploadRejectedException("goodPractice.file.type");
		}
		String extension = extension(name);
		if (extension != null && BY_EXTENSION.containsKey(extension) && !BY_EXTENSION.get(extension).equals(detected)) {
			throw new UploadRejectedException("goodPractice.file.mismatch", name,
					ALLOWED.get(BY_EXTENSION.get(extension)));
		}
		long count = this.jdbc.sql("select count(*) from good_practice_file where good_practice_id = ? ")
			.param(sheetId)
			.query(Long.class)
			.single();
		if (count >= MAX_FILES_PER_SHEET) {
			throw new UploadRejectedException("goodPractice.file.tooMany", MAX_FILES_PER_SHEET);
		}
		return this.jdbc.sql("""
				insert into good_practice_file (good_practice_id, file_name, content_type, size_bytes, content,
				                                uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(sheetId, name, detected, content.length, content, actorId, Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Download> download(long sheetId, long fileId) {
		return this.jdbc.sql(
				"select file_name, content_type, content from good_practice_file where id = ? and good_practice_id = ?")
			.params(fileId, sheetId)
			.query((rs, row) -> new Download(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Removes a file of the sheet; false when the sheet has no such file. */
	@Transactional
	public boolean remove(long sheetId, long fileId) {
		return this.jdbc.sql("delete from good_practice_file where id = ? and good_practice_id = ?")
			.params(fileId, sheetId)
			.update() == 1;
	}

	/** "10 MB". */
	public String limitText() {
		long bytes = this.maxSize.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return this.maxSize.toMegabytes() + " MB";
		}
		return Math.max(1, this.maxSize.toKilobytes()) + " KB";
	}

	/**
	 * What the person says the file is: the browser's content type if it names one of
	 * ours, else the name's extension; null when neither says.
	 */
	private static String claimedType(String declaredType, String name) {
		if (declaredType != null) {
			String type = declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
			if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
				type = "image/jpeg";
			}
			if (ALLOWED.containsKey(type)) {
				return type;
			}
			if (!type.isEmpty() && !type.equals("application/octet-stream")) {
				throw new UploadRejectedException("goodPractice.file.type");
			}
		}
		String extension = extension(name);
		return (extension != null) ? BY_EXTENSION.get(extension) : null;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0 || dot == name.length() - 1) ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The name without folders or control characters, at most 200 characters. */
	static String safeName(String originalName) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Snippet.withoutMarkers(name).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "file";
		}
		if (name.length() > MAX_NAME_LENGTH) {
			String extension = extension(name);
			String suffix = (extension != null && extension.length() <= 5) ? "." + extension : "";
			name = name.substring(0, MAX_NAME_LENGTH - suffix.length()) + suffix;
		}
		return name;
	}

	/** A file as the sheet lists it. */
	public record StoredFile(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

		/** PDF, PNG or JPEG. */
		public String typeName() {
			return ALLOWED.getOrDefault(this.contentType, this.contentType);
		}

		/** "240 KB", "1.2 MB". */
		public String sizeText() {
			if (this.sizeBytes < 1024 * 1024) {
				return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
			}
			return String.format(Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
		}

	}

	/** A file's name, type and bytes, to send back. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

}
