package org.citymentor.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citymentor.needs.FormFixture;
import org.citymentor.needs.FormFixtures;
import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The full export of a group: every submitted version in one PDF, never a draft or a
 * confidential note; its files in a ZIP; for its members and its programme's coordinators
 * only.
 */
@CityMentorTest
class GroupExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FormFixtures fixtures;

	long capaciGroup;

	@BeforeEach
	void group() {
		this.capaciGroup = ExportTestSupport.id(this.jdbc,
				"select id from mentoring_group where title like 'Building a city for all%'");
	}

	@Test
	void thePdfHoldsEverySubmittedVersionAndNoNotes() throws Exception {
		byte[] pdf = as("coordinator@cemr.example.org", get("/groups/" + this.capaciGroup + "/export.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).containsIgnoringCase("CityMentor – full export of a group");
			assertThat(text).contains("Building a city for all – Capaci and Mechelen", "Capaci – version 1",
					"Mechelen – version 1", "Action plan of Capaci, version 3", "Pair buddies with newcomer families");
			// the three plan versions follow as printed by the action-plan module
			assertThat(text).contains("Version 1", "Version 2", "Version 3");
			// Mechelen's confidential notes of the third visit are not in it
			assertThat(text).doesNotContain("The council room was full for the presentation")
				.doesNotContain("Mechelen sends its buddy training material");
		}
		assertThat(this.jdbc.sql("select subject from activity where group_id = ? and kind = 'GROUP_EXPORTED'")
			.param(this.capaciGroup)
			.query(String.class)
			.list()).contains("everything of the group (PDF)");
	}

	@Test
	void aDraftNeverReachesThePdf() throws Exception {
		FormFixture f = this.fixtures.create();
		this.fixtures.as(f.mentee(),
				post(f.needsAnalysis() + "/parts/A").param("a.challenge", "Submitted: reach newcomers")
					.param("action", "continue"));
		long version = this.jdbc
			.sql("select version from form_document where participant_id = ? and kind = 'NEEDS_ANALYSIS'")
			.param(f.menteeParticipant())
			.query(Long.class)
			.single();
		this.fixtures.as(f.mentee(), post(f.needsAnalysis() + "/submit").param("version", String.valueOf(version)));
		// a draft of the mentor city's profile, never submitted
		this.jdbc.sql("""
				insert into form_document (kind, organisation_id, status) values ('MENTOR_PROFILE', ?, 'DRAFT')
				""").param(f.mentorCity()).update();
		this.jdbc.sql("""
				insert into form_answer (document_id, question_key, value_text)
				select id, 'experience', 'Secret draft of the mentor' from form_document
				where kind = 'MENTOR_PROFILE' and organisation_id = ?
				""").param(f.mentorCity()).update();
		byte[] pdf = this.fixtures.as(f.mentor(), get("/groups/" + f.groupId() + "/export.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Submitted: reach newcomers").doesNotContain("Secret draft of the mentor");
		}
	}

	@Test
	void theZipHoldsTheApprovedPlanAndThePublishedSheetsFiles() throws Exception {
		FormFixture f = this.fixtures.create();
		long published = sheet(f.mentorCity(), "PUBLISHED", "Buddy guide");
		long draft = sheet(f.mentorCity(), "DRAFT", "Unfinished sheet");
		file(published, "guide.pdf");
		file(draft, "secret.pdf");
		List<String> entries = entries(this.fixtures.as(f.mentee(), get("/groups/" + f.groupId() + "/files.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(entries).contains("contents.txt")
			.anySatisfy((e) -> assertThat(e).endsWith("/Buddy guide/guide.pdf"));
		assertThat(entries).noneSatisfy((e) -> assertThat(e).contains("secret.pdf"));

		List<String> capaci = entries(as("mentee@capaci.example.org", get("/groups/" + this.capaciGroup + "/files.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(capaci).contains("approved-action-plans/Capaci-version-3-approved.pdf", "contents.txt");
		assertThat(this.jdbc.sql("select subject from activity where group_id = ? and kind = 'GROUP_EXPORTED'")
			.param(this.capaciGroup)
			.query(String.class)
			.list()).contains("everything of the group (ZIP)");
	}

	@Test
	void onlyTheGroupsMembersAndItsProgrammesCoordinatorsExportIt() throws Exception {
		for (String path : List.of("/export", "/export.pdf", "/files.zip")) {
			as("mentee@jelgava.example.org", get("/groups/" + this.capaciGroup + path))
				.andExpect(status().isNotFound());
			as("coordinator@vvsg.example.org", get("/groups/" + this.capaciGroup + path))
				.andExpect(status().isNotFound());
		}
		as("mentee@capaci.example.org", get("/groups/" + this.capaciGroup + "/export")).andExpect(status().isOk());
		as("admin@example.org", get("/groups/999999999/export")).andExpect(status().isNotFound());
	}

	private long sheet(long organisation, String status, String title) {
		return this.jdbc.sql("""
				insert into good_practice (owner_organisation_id, country, status, title, published_at)
				values (?, 'BE', ?, ?, case when ? = 'PUBLISHED' then now() end) returning id
				""").params(organisation, status, title, status).query(Long.class).single();
	}

	private void file(long sheet, String name) {
		this.jdbc.sql("""
				insert into good_practice_file (good_practice_id, file_name, content_type, size_bytes, content)
				values (?, ?, 'application/pdf', 8, ?)
				""").params(sheet, name, "%PDF-1.4".getBytes()).update();
	}

	private ResultActions as(String email,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return ExportTestSupport.as(this.mvc, this.users, email, request);
	}

	private static List<String> entries(byte[] zip) throws java.io.IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
