package org.citymentor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same job in several threads that start at the same moment, as the scheduler of
 * several app instances on one database does.
 */
public final class AtTheSameMoment {

	private AtTheSameMoment() {
	}

	/** The results of each thread, in no particular order; fails if one of them fails. */
	public static <T> List<T> run(int threads, Callable<T> job) throws Exception {
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> running = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				running.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return job.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
