package org.citymentor.goodpractice;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.citymentor.account.AccountService;
import org.citymentor.organisation.Organisations;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of a sheet: a real PDF or image is taken, a file whose bytes say otherwise is
 * refused with a message, so is one too large; only readers of the sheet download.
 */
@CityMentorTest
class GoodPracticeFilesTest {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoodPractices goodPractices;

	@Autowired
	Organisations organisations;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	GoodPracticeFixtures fixtures;

	long city;

	UserDetails officer;

	@BeforeEach
	void setUp() {
		this.fixtures = new GoodPracticeFixtures(this.organisations, this.accounts, this.users, this.goodPractices);
		this.city = this.fixtures.city("Filebury", "BE");
		this.officer = this.fixtures.officer(this.city);
	}

	@Test
	void aRealPdfIsTakenAndDownloadedAsAnAttachment() throws Exception {
		long sheet = this.fixtures.published(this.city, Set.of(), GoodPracticeField.AIMS, "Files");
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "Jaarverslag café 2023.pdf", "application/pdf", PDF))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "photo.png", "image/png", PNG))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isFound());
		long file = this.jdbc
			.sql("select id from good_practice_file where good_practice_id = ? and content_type = 'application/pdf'")
			.param(sheet)
			.query(Long.class)
			.single();
		UserDetails reader = this.fixtures.person("mentee@jelgava.example.org");
		this.mvc.perform(get("/good-practices/" + sheet).with(user(reader)))
			.andExpect(content().string(containsString("Jaarverslag café 2023.pdf")))
			.andExpect(content().string(containsString("photo.png")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Upload file"))));
		this.mvc.perform(get("/good-practices/" + sheet + "/files/" + file).with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''Jaarverslag%20caf%C3%A9%202023.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		// another sheet's id with this file's id finds nothing
		long other = this.fixtures.published(this.city, Set.of(), GoodPracticeField.AIMS, "Other");
		this.mvc.perform(get("/good-practices/" + other + "/files/" + file).with(user(reader)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/good-practices/" + sheet + "/files/" + file + "/delete").with(user(reader)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/good-practices/" + sheet + "/files/" + file + "/delete").with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/good-practices/" + sheet + "/files/" + file).with(user(reader)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNotWhatItClaimsIsRefused() throws Exception {
		long sheet = this.fixtures.draft(this.city, Set.of(), GoodPracticeField.AIMS, "Files");
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf",
						"Just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("The file report.pdf is not really a PDF")));
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", PDF))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(content().string(containsString("The file photo.jpg is not really a JPEG")));
		this.mvc.perform(multipart("/good-practices/" + sheet + "/files")
			.file(new MockMultipartFile("file", "page.html", "text/html",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(user(this.officer))
			.with(csrf())).andExpect(content().string(containsString("The file must be a PDF, PNG or JPEG")));
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "", null, new byte[0]))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(content().string(containsString("Choose a file to upload")));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select count(*) from good_practice_file where good_practice_id = ?")
				.param(sheet)
				.query(Long.class)
				.single())
			.isZero();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
		long sheet = this.fixtures.draft(this.city, Set.of(), GoodPracticeField.AIMS, "Files");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "huge.pdf", "application/pdf", large))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The file is too large. Files can be up to 10 MB.")));
	}

	@Test
	void onlyReadersOfTheSheetDownloadItsFiles() throws Exception {
		long sheet = this.fixtures.draft(this.city, Set.of(), GoodPracticeField.AIMS, "Draft with a file");
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
				.with(user(this.officer))
				.with(csrf()))
			.andExpect(status().isFound());
		long file = this.jdbc.sql("select id from good_practice_file where good_practice_id = ?")
			.param(sheet)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/good-practices/" + sheet + "/files/" + file).with(user(this.officer)))
			.andExpect(status().isOk());
		UserDetails outsider = this.fixtures.person("mentor@schaerbeek.example.org");
		this.mvc.perform(get("/good-practices/" + sheet + "/files/" + file).with(user(outsider)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/good-practices/" + sheet + "/files")
				.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
				.with(user(outsider))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/good-practices/" + sheet + "/files/" + file)).andExpect(status().isFound());
	}

}
