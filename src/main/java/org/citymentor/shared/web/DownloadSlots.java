package org.citymentor.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Few downloads are prepared at once. An export of a large programme reads thousands of
 * rows on one database connection while it streams; many at the same moment would take
 * every connection of the pool and every other page would wait. A download (an address
 * ending in .csv, .xlsx, .zip or .pdf) first takes one of a few slots, waiting its turn
 * for a while; when none frees up in time the reader gets a "try again shortly" page (503
 * with Retry-After), never a timeout of the whole application.
 */
@Component
public class DownloadSlots implements HandlerInterceptor {

	private static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "zip", "pdf");

	private static final String HOLDS_SLOT = DownloadSlots.class.getName() + ".holds";

	private final Semaphore slots;

	private final Duration wait;

	public DownloadSlots(@Value("${citymentor.downloads.concurrent:2}") int concurrent,
			@Value("${citymentor.downloads.wait:30s}") Duration wait) {
		this.slots = new Semaphore(Math.max(1, concurrent), true);
		this.wait = wait;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!isDownload(request) || request.getAttribute(HOLDS_SLOT) != null) {
			return true;
		}
		try {
			if (!this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DownloadsBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DownloadsBusyException();
		}
		request.setAttribute(HOLDS_SLOT, Boolean.TRUE);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (request.getAttribute(HOLDS_SLOT) != null) {
			request.removeAttribute(HOLDS_SLOT);
			this.slots.release();
		}
	}

	/** Slots free now (for tests and monitoring). */
	public int available() {
		return this.slots.availablePermits();
	}

	/**
	 * Takes a slot outside a request, e.g. to fill them in a test; false when none is
	 * free.
	 */
	public boolean tryTake() {
		return this.slots.tryAcquire();
	}

	/** Gives back a slot taken with {@link #tryTake()}. */
	public void giveBack() {
		this.slots.release();
	}

	static boolean isDownload(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI();
		int dot = path.lastIndexOf('.');
		return dot > path.lastIndexOf('/') && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** No download slot freed up in time. */
	public static class DownloadsBusyException extends RuntimeException {

		DownloadsBusyException() {
			super("Every download slot is taken");
		}

	}

}
