package org.tipevidence.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tipevidence.jobs.testing.ShortLivedJvm;

/**
 * A real Spark standalone cluster on loopback: one master and N workers started from the
 * Maven-resolved Spark jars (no Spark download). SPARK_HOME is a folder with {@code jars/}
 * (symbolic links to the jars the build resolved) and an empty {@code RELEASE} file, which is what
 * Spark's launcher looks for when it builds executor command lines. Only the processes started here
 * are stopped, by their handles.
 */
final class StandaloneCluster implements AutoCloseable {
  private final Path sparkHome;
  private final Path logs;
  private final List<String> jvmFlags;
  private final List<Process> processes = new ArrayList<>();
  private final int masterPort;

  StandaloneCluster(Path workDir, List<Path> sparkJars, List<String> jvmFlags) throws IOException {
    this.sparkHome = workDir.resolve("spark-home");
    this.logs = workDir.resolve("logs");
    this.jvmFlags = jvmFlags;
    Files.createDirectories(sparkHome.resolve("jars"));
    Files.createDirectories(logs);
    Files.writeString(sparkHome.resolve("RELEASE"), "");
    for (Path jar : sparkJars) {
      Path link = sparkHome.resolve("jars").resolve(jar.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, jar);
      }
    }
    this.masterPort = freePort();
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path sparkHome() {
    return sparkHome;
  }

  void start(int workers) throws Exception {
    processes.add(
        launch(
            "master",
            List.of(
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(masterPort),
                "--webui-port",
                Integer.toString(freePort()))));
    waitForPort(masterPort);
    for (int i = 0; i < workers; i++) {
      processes.add(
          launch(
              "worker-" + i,
              List.of(
                  "org.apache.spark.deploy.worker.Worker",
                  "--host",
                  "127.0.0.1",
                  "--cores",
                  "1",
                  "--memory",
                  "1g",
                  "--webui-port",
                  Integer.toString(freePort()),
                  "--work-dir",
                  sparkHome.resolve("work-" + i).toString(),
                  masterUrl())));
    }
    // Workers register within seconds; give them time before submitting.
    waitForLog("worker-" + (workers - 1), "Successfully registered with master", 120);
    for (int i = 0; i < workers - 1; i++) {
      waitForLog("worker-" + i, "Successfully registered with master", 120);
    }
  }

  /** Runs spark-submit (client mode) with the given arguments and returns its exit code. */
  int submit(List<String> submitArgs) throws Exception {
    return await(startSubmit(submitArgs));
  }

  /** Starts spark-submit (client mode) without waiting, so the caller can work meanwhile. */
  Process startSubmit(List<String> submitArgs) throws IOException {
    Process submit = launch("submit", prepend("org.apache.spark.deploy.SparkSubmit", submitArgs));
    processes.add(submit); // stopped by close() if the caller fails before awaiting it
    return submit;
  }

  /** The exit code of a started spark-submit, waiting at most 15 minutes. */
  int await(Process submit) throws InterruptedException {
    if (!submit.waitFor(15, TimeUnit.MINUTES)) {
      submit.destroyForcibly();
      throw new IllegalStateException("spark-submit did not finish in 15 minutes");
    }
    return submit.exitValue();
  }

  String log(String name) {
    try {
      return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private Process launch(String name, List<String> mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(ShortLivedJvm.FLAGS);
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + "/*");
    command.addAll(mainAndArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return builder.start();
  }

  private void waitForLog(String name, String text, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (log(name).contains(text)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " did not log '" + text + "':\n" + log(name));
  }

  private static void waitForPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("master did not listen on port " + port);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Stops exactly the processes this cluster started (and their executor children). */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).descendants().forEach(ProcessHandle::destroy);
      processes.get(i).destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
