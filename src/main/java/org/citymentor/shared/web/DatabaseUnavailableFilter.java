package org.citymentor.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database cannot be reached, every page answers 503 with a short page in the
 * reader's language ("try again in a minute") and a {@code Retry-After} header, never a
 * 500 or a stack trace. It sits in front of every other filter because the session itself
 * lives in the database: loading it fails before any controller runs. The page is
 * rendered on its own (no layout: the menu, the sign-out form and its CSRF token need the
 * session).
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** Seconds a browser or a proxy should wait before asking again. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/**
	 * PostgreSQL: the server is shutting down, crashed, or is starting up (class 08
	 * aside).
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final BooleanSupplier databaseAnswers;

	/**
	 * @param databaseAnswers asks the database whether it answers now; used when a
	 * failure involves the database but does not say by itself that the server is gone
	 * (say, a rollback on a connection the server closed while shutting down)
	 */
	public DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales,
			BooleanSupplier databaseAnswers) {
		this.templates = templates;
		this.locales = locales;
		this.databaseAnswers = databaseAnswers;
	}

	/** The error page of a failed request may fail on the session too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted()
					|| !(databaseUnreachable(ex) || (involvesDatabase(ex) && !this.databaseAnswers.getAsBoolean()))) {
				throw ex;
			}
			log.warn("Database unreachable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answerTryAgain(request, response);
		}
	}

	private void answerTryAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		Locale locale = this.locales.resolveLocale(request);
		response.setLocale(locale);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		this.templates.process("error/503", context, response.getWriter());
		response.flushBuffer();
	}

	/**
	 * Whether anything in the cause chain says the database is out of reach (as opposed
	 * to a bug or bad data, which stay a 500, or a concurrent edit, which stays a 409).
	 */
	static boolean databaseUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof OptimisticLockingFailureException) {
				return false;
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	static boolean involvesDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof OptimisticLockingFailureException) {
				return false;
			}
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
