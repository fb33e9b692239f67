package io.pycamunda.peers;

import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * The official external task client under a profile: {@code URL TOPIC PROFILE CONCURRENCY OUT}.
 *
 * <p>CONCURRENCY 0 builds one client with the builder's defaults; otherwise that many clients,
 * each at the defaults (a client handles its tasks one after the other, on its own thread).
 * Profiles as in drivers/profiles.py: noop, io (sleep 20 ms), cpu (5 ms of thread CPU time),
 * retry (the first attempt fails with retries 1 and retry timeout 0, the second completes).
 */
public final class Main {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String topic = args[1];
        String profile = args[2];
        int concurrency = Integer.parseInt(args[3]);
        Writer out = new FileWriter(args[4], true);
        List<ExternalTaskClient> clients = new ArrayList<>();
        for (int i = 0; i < Math.max(concurrency, 1); i++) {
            ExternalTaskClient client = ExternalTaskClient.create()
                    .baseUrl(url)
                    .workerId("java-" + i)
                    .build();
            client.subscribe(topic)
                    .lockDuration(60_000)
                    .handler((task, service) -> handle(profile, out, task, service))
                    .open();
            clients.add(client);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> clients.forEach(ExternalTaskClient::stop)));
        Thread.currentThread().join();
    }

    private static void handle(String profile, Writer out, ExternalTask task, ExternalTaskService service) {
        Integer retries = task.getRetries();
        long locked = task.getLockExpirationTime().getTime();
        synchronized (out) {
            try {
                out.write(task.getId() + " " + locked + " " + (retries == null ? 1 : 2) + "\n");
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if ("retry".equals(profile) && retries == null) {
            service.handleFailure(task, "fails once", "fails once", 1, 0);
            return;
        }
        if ("io".equals(profile)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if ("cpu".equals(profile)) {
            long end = THREADS.getCurrentThreadCpuTime() + 5_000_000L;
            while (THREADS.getCurrentThreadCpuTime() < end) {
                Thread.onSpinWait();
            }
        }
        service.complete(task);
    }
}
