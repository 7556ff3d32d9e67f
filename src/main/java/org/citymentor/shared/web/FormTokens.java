package org.citymentor.shared.web;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Double-submit guard for create forms, opt-in per form: the form carries a one-time
 * token
 * ({@code <input type="hidden" name="_formToken" th:value="${@formTokens.next()}">}); the
 * first POST with a token claims it in {@code form_submission}; a second POST with the
 * same token (a double click, a resent form after a slow answer) creates nothing and is
 * redirected to where the first one led. A POST that does not end in a redirect (a form
 * with errors, 422) gives its token back, so the corrected form can be sent.
 */
@Component("formTokens")
public class FormTokens implements HandlerInterceptor {

	public static final String PARAMETER = "_formToken";

	private static final String CLAIMED = FormTokens.class.getName() + ".claimed";

	private static final int MAX_LENGTH = 64;

	private final JdbcClient jdbc;

	FormTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for a form about to be shown. */
	public String next() {
		return UUID.randomUUID().toString();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		// only the form's own POST: an error page of a refused request (say, an upload
		// over
		// the size limit) must not read its body again
		if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
				|| !"POST".equals(request.getMethod())) {
			return true;
		}
		String token = request.getParameter(PARAMETER);
		if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
			return true;
		}
		int claimed = this.jdbc.sql("insert into form_submission (token) values (?) on conflict do nothing")
			.param(token)
			.update();
		if (claimed == 1) {
			forgetOld();
			request.setAttribute(CLAIMED, token);
			return true;
		}
		response.sendRedirect(firstResult(token).orElse(request.getContextPath() + "/"));
		return false;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		String token = (String) request.getAttribute(CLAIMED);
		if (token == null) {
			return;
		}
		String view = (modelAndView != null) ? modelAndView.getViewName() : null;
		if (view != null && view.startsWith("redirect:")) {
			String target = view.substring("redirect:".length());
			this.jdbc.sql("update form_submission set result_url = ? where token = ?")
				.params(target.startsWith("/") ? request.getContextPath() + target : target, token)
				.update();
		}
		else {
			release(token);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String token = (String) request.getAttribute(CLAIMED);
		if (token != null && ex != null) {
			release(token);
		}
	}

	/**
	 * Deletes tokens older than a day (when a token is claimed; cheap with the index).
	 */
	private void forgetOld() {
		this.jdbc.sql("delete from form_submission where created_at < now() - interval '1 day'").update();
	}

	/**
	 * Where the first POST led; waits a little when it is still being handled (two clicks
	 * in quick succession).
	 */
	private Optional<String> firstResult(String token) throws InterruptedException {
		for (int attempt = 0; attempt < 20; attempt++) {
			Optional<String> url = this.jdbc.sql("select result_url from form_submission where token = ?")
				.param(token)
				.query(String.class)
				.list()
				.stream()
				.filter(Objects::nonNull)
				.findFirst();
			if (url.isPresent()) {
				return url;
			}
			Thread.sleep(250);
		}
		return Optional.empty();
	}

	private void release(String token) {
		this.jdbc.sql("delete from form_submission where token = ? and result_url is null").param(token).update();
	}

}
