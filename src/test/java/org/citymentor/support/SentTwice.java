package org.citymentor.support;

import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import org.citymentor.shared.web.FormTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A create form sent twice, as a double click or a form sent again after a slow answer
 * does: the form on its page must carry a one-time token (shared/web/FormTokens), and two
 * POSTs with that token must make one record and lead to the same page.
 */
public final class SentTwice {

	/** Sends a request as someone (signed in, with a CSRF token). */
	@FunctionalInterface
	public interface Sender {

		ResultActions send(MockHttpServletRequestBuilder request) throws Exception;

	}

	private SentTwice() {
	}

	/**
	 * Reads the token of the form posting to {@code action} on {@code page}, posts the
	 * form's {@code fields} twice with it and checks that {@code records} grew by one.
	 */
	public static void makesOneRecord(Sender as, String page, String action,
			UnaryOperator<MockHttpServletRequestBuilder> fields, LongSupplier records) throws Exception {
		String html = as.send(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Element token = Jsoup.parse(html)
			.selectFirst("form[action=\"" + action + "\"] input[name=" + FormTokens.PARAMETER + "]");
		assertThat(token).as("the form posting to %s on %s carries a one-time token", action, page).isNotNull();
		long before = records.getAsLong();
		String first = redirect(as, fields.apply(post(action).param(FormTokens.PARAMETER, token.attr("value"))));
		assertThat(records.getAsLong()).as("the first POST to %s makes a record", action).isEqualTo(before + 1);
		String second = redirect(as, fields.apply(post(action).param(FormTokens.PARAMETER, token.attr("value"))));
		assertThat(records.getAsLong()).as("the second POST to %s with the same token makes none", action)
			.isEqualTo(before + 1);
		assertThat(second).as("the second POST leads where the first did").isEqualTo(first);
	}

	private static String redirect(Sender as, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = as.send(request).andReturn().getResponse();
		assertThat(response.getStatus())
			.as("a saved form is redirected; errors on the page: %s",
					Jsoup.parse(response.getContentAsString()).select(".govuk-error-message").text())
			.isBetween(300, 399);
		return response.getRedirectedUrl();
	}

}
