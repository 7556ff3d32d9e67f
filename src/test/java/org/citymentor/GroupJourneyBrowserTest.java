package org.citymentor;

import com.microsoft.playwright.Locator;
import org.citymentor.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator sets up a group in the browser, invites the mentor city's officer by
 * e-mail, who accepts and sees the journey; every page passes axe.
 */
class GroupJourneyBrowserTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	com.icegreen.greenmail.util.GreenMail greenMail;

	@Test
	void aCoordinatorSetsUpAGroupAndFollowsItOnTheOverview() throws Exception {
		signIn("coordinator@cemr.example.org");
		submitAndWait(this.page.locator("main .cm-card h2 a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("IncluCities")));
		String programme = new java.net.URI(this.page.url()).getPath();
		submitAndWait(this.page.locator("main a[href$='/groups/new']"));
		checkAccessibility();

		// a first try without a name keeps what was typed and says what is missing
		this.page.locator("#focus").fill("Housing first for newcomers");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator(".govuk-error-summary").textContent()).contains("Enter the name of the group");
		assertThat(this.page.locator("#focus").inputValue()).isEqualTo("Housing first for newcomers");
		checkAccessibility();

		this.page.locator("#title").fill("Housing first – Ghent and Antwerp");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator("main h1").textContent()).isEqualTo("Housing first – Ghent and Antwerp");
		checkAccessibility();

		addParticipant("Ghent", "MENTEE", "CITY");
		addParticipant("Antwerp", "MENTOR", "CITY");
		Locator matching = this.page.locator(".govuk-task-list__item",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Matching"));
		assertThat(matching.locator(".govuk-task-list__status").textContent().trim()).isEqualTo("Completed");
		checkAccessibility();

		// invite the mentor city's officer; the e-mail holds the link
		String email = "officer-" + java.util.UUID.randomUUID() + "@antwerp.example.org";
		String groupPage = new java.net.URI(this.page.url()).getPath();
		submitAndWait(this.page.locator("main a[href$='/invitations/new']"));
		checkAccessibility();
		this.page.locator("#email").fill(email);
		this.page.locator("#participantId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Antwerp (mentor side)"));
		this.page.locator("#role").selectOption("LEAD_OFFICER");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(this.page.locator("main").textContent()).contains(email);
		checkAccessibility();
		String link = invitationLinkSentTo(email);

		submitAndWait(this.page.locator("main a[href$='/activity']"));
		assertThat(this.page.locator("main table").textContent()).contains("Added Antwerp");
		checkAccessibility();

		// other tests add groups to the programme: the newest activity comes first
		visit(programme + "/groups?sort=LAST_ACTIVITY");
		assertThat(this.page.locator("main table").textContent()).contains("Housing first – Ghent and Antwerp");
		this.page.locator("#sort").selectOption("LEAST_ACTIVE");
		submitAndWait(this.page.locator("main form[role=search] button[type=submit]"));
		checkAccessibility();

		// the officer accepts in a browser of their own and sees the group's journey
		signOut();
		visit(link);
		this.page.locator("#displayName").fill("Jan Peeters");
		this.page.locator("#password").fill("river lantern orchard pebble");
		this.page.locator("#confirmation").fill("river lantern orchard pebble");
		submitAndWait(this.page.locator("main form button[type=submit]"));
		assertThat(new java.net.URI(this.page.url()).getPath()).isEqualTo(groupPage);
		assertThat(this.page.locator("main .govuk-task-list").isVisible()).isTrue();
		assertThat(this.page.locator("main").textContent()).contains("Jan Peeters");
		checkAccessibility();
	}

	private String invitationLinkSentTo(String email) throws Exception {
		for (var message : this.greenMail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				java.util.regex.Matcher matcher = java.util.regex.Pattern
					.compile("https?://[^/\\s]+(/invitations/\\S+)")
					.matcher(message.getContent().toString());
				assertThat(matcher.find()).as("a link in the invitation").isTrue();
				return matcher.group(1);
			}
		}
		throw new AssertionError("no invitation e-mail to " + email);
	}

	@Test
	void aCoordinatorSetsUpALearningNetworkActionWithItsGroup() throws Exception {
		signIn("coordinator@vvsg.example.org");
		switchLanguage("en");
		submitAndWait(this.page.locator("main .cm-card h2 a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Plan Samenleven")));
		String goal = "Welcoming newcomers " + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.page.locator("#goal-title").fill(goal);
		submitAndWait(this.page.locator("form[action$='/goals'] button[type=submit]"));
		Locator card = this.page.locator(".cm-card",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText(goal));
		card.locator("summary").click();
		card.locator("input[name=number]").fill("31");
		card.locator("input[name=title]").fill("Buddy projects for newcomers");
		submitAndWait(card.locator("button[type=submit]"));
		assertThat(this.page.locator("main").textContent()).contains("31. Buddy projects for newcomers");
		checkAccessibility();

		submitAndWait(this.page.locator("main a[href$='/groups/new']"));
		this.page.locator("#title").fill("Buddy projects – Mechelen and friends");
		this.page.locator("#actionId")
			.selectOption(
					new com.microsoft.playwright.options.SelectOption().setLabel("31. Buddy projects for newcomers"));
		this.page.locator("#status").selectOption("ACTIVE");
		checkAccessibility();
		submitAndWait(this.page.locator("main form button[type=submit]"));
		addParticipant("Mechelen", "MENTOR", "CITY");
		addParticipant("Ostend", "MENTEE", "CITY");
		addParticipant("Genk", "MENTEE", "CITY");
		assertThat(this.page.locator("main").textContent()).contains("31. Buddy projects for newcomers");
		checkAccessibility();
		switchLanguage("nl");
	}

	private void addParticipant(String organisation, String side, String role) {
		this.page.locator("#organisationId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(organisation));
		this.page.locator("#side").selectOption(side);
		this.page.locator("#role").selectOption(role);
		submitAndWait(this.page.locator("form[action$='/participants'] button[type=submit]"));
		assertThat(this.page.locator("#participants + table, main table").first().textContent()).contains(organisation);
	}

}
