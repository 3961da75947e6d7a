// SPDX-License-Identifier: Apache-2.0
// A Java host of planwerk's C API through JNA: loads a concept, validates it,
// schedules its measures and evaluates its indicators, as municipal IT would
// from a Java application. Nothing but the C header's functions is used.
//
// Build and run (examples/CMakeLists.txt does, as the test examples.java):
//   javac -cp /usr/share/java/jna.jar -d out examples/java/PlanwerkHost.java
//   java -cp /usr/share/java/jna.jar:out -Djna.library.path=DIR_OF_LIBPLANWERK_C \
//        -Djna.encoding=UTF-8 PlanwerkHost CONCEPT OBSERVATIONS MEASURE_ID
//
// -Djna.encoding=UTF-8: planwerk's strings are UTF-8; JNA would otherwise use
// the platform's charset (docs/c-api.md, "Java hosts").
//
// size_t is mapped to long: this host assumes a 64-bit platform (LP64), as
// planwerk's builds are. Exit: 0 done, 1 a planwerk call failed, 2 usage.

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

public final class PlanwerkHost {
  /** The parts of planwerk.h this host calls. */
  public interface Planwerk extends Library {
    Planwerk C = Native.load("planwerk_c", Planwerk.class);

    int PW_OK = 0;
    int PW_FORMAT_AUTO = 0;
    int PW_KIND_MEASURE = 5;
    int PW_EVALUATION_SERIES = 0;
    int PW_MONITOR_OPTIONS_VERSION = 1;
    int PW_OBSERVATION_ARRAYS_VERSION = 1;

    String pw_version_string();
    String pw_error_last();
    String pw_status_name(int status);

    int pw_concept_load_file(PointerByReference out, PointerByReference problems, String path, int format);
    void pw_concept_free(PointerByReference plan);
    int pw_concept_count(LongByReference out, Pointer plan, int kind);

    int pw_concept_validate(PointerByReference out, Pointer plan);
    int pw_diagnostics_count(LongByReference out, Pointer diagnostics);
    int pw_diagnostics_error_count(LongByReference out, Pointer diagnostics);
    void pw_diagnostics_free(PointerByReference diagnostics);

    int pw_schedule_run(PointerByReference out, PointerByReference findings, Pointer plan, Date.ByValue start,
                        Date.ByValue asOf);

    int pw_observations_read(PointerByReference out, Pointer plan, String path);
    int pw_observations_arrays(ObservationArrays out, Pointer observations);
    void pw_observations_free(PointerByReference observations);
    int pw_monitor_options_init(MonitorOptions options, int version);
    int pw_monitor_evaluate(PointerByReference out, Pointer plan, ObservationArrays rows, MonitorOptions options);
    int pw_evaluation_frame(PointerByReference out, Pointer evaluation, int part);
    void pw_evaluation_free(PointerByReference evaluation);

    int pw_frame_shape(LongByReference rows, LongByReference columns, Pointer frame);
    int pw_frame_find(LongByReference column, Pointer frame, String name);
    int pw_frame_text(PointerByReference out, Pointer frame, long column, long row);
    int pw_frame_dates(PointerByReference out, Pointer frame, long column);
    int pw_frame_reals(PointerByReference out, Pointer frame, long column);
    int pw_frame_codes(PointerByReference out, Pointer frame, long column);
    int pw_frame_label(PointerByReference out, Pointer frame, long column, int code);
    void pw_frame_free(PointerByReference frame);
  }

  /** pw_date. */
  @Structure.FieldOrder({"year", "month", "day"})
  public static class Date extends Structure {
    public int year;
    public int month;
    public int day;

    public static class ByValue extends Date implements Structure.ByValue {}

    static final int SIZE = 12;  // three int32_t
  }

  /** pw_observation_arrays, version 1. */
  @Structure.FieldOrder({"version", "count", "indicator", "district", "group", "period", "value", "numerator",
                         "denominator", "cases", "flags", "status", "groups", "group_count"})
  public static class ObservationArrays extends Structure {
    public int version = Planwerk.PW_OBSERVATION_ARRAYS_VERSION;
    public long count;
    public Pointer indicator, district, group, period, value, numerator, denominator, cases, flags, status, groups;
    public long group_count;
  }

  /** pw_monitor_options, version 1. */
  @Structure.FieldOrder({"version", "as_of", "min_cases", "min_points", "rule", "min_share", "cells", "trends",
                         "threads", "columns", "column_count"})
  public static class MonitorOptions extends Structure {
    public int version;
    public int as_of;
    public double min_cases;
    public long min_points;
    public int rule;
    public double min_share;
    public int cells;
    public int trends;
    public long threads;
    public Pointer columns;
    public long column_count;
  }

  static final Planwerk pw = Planwerk.C;

  /** Throws with planwerk's message unless the call succeeded. */
  static void check(int status, String call) {
    if (status != Planwerk.PW_OK)
      throw new IllegalStateException(call + ": " + pw.pw_status_name(status) + ": " + pw.pw_error_last());
  }

  static long column(Pointer frame, String name) {
    LongByReference at = new LongByReference();
    check(pw.pw_frame_find(at, frame, name), "pw_frame_find " + name);
    return at.getValue();
  }

  static String isoDate(Pointer dates, long row) {
    long at = row * Date.SIZE;
    return String.format("%04d-%02d-%02d", dates.getInt(at), dates.getInt(at + 4), dates.getInt(at + 8));
  }

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: PlanwerkHost CONCEPT OBSERVATIONS MEASURE_ID");
      System.exit(2);
    }
    PointerByReference plan = new PointerByReference();
    PointerByReference diagnostics = new PointerByReference();
    PointerByReference schedule = new PointerByReference();
    PointerByReference observations = new PointerByReference();
    PointerByReference evaluation = new PointerByReference();
    PointerByReference series = new PointerByReference();
    try {
      System.out.println("planwerk " + pw.pw_version_string());
      check(pw.pw_concept_load_file(plan, null, args[0], Planwerk.PW_FORMAT_AUTO), "pw_concept_load_file");
      LongByReference n = new LongByReference();
      check(pw.pw_concept_count(n, plan.getValue(), Planwerk.PW_KIND_MEASURE), "pw_concept_count");
      System.out.println("measures: " + n.getValue());

      // Validation: the findings, counted.
      check(pw.pw_concept_validate(diagnostics, plan.getValue()), "pw_concept_validate");
      LongByReference errors = new LongByReference();
      check(pw.pw_diagnostics_count(n, diagnostics.getValue()), "pw_diagnostics_count");
      check(pw.pw_diagnostics_error_count(errors, diagnostics.getValue()), "pw_diagnostics_error_count");
      System.out.println("diagnostics: " + n.getValue() + " (" + errors.getValue() + " errors)");

      // The schedule: one row per measure; read the row of one measure.
      Date.ByValue unset = new Date.ByValue();
      check(pw.pw_schedule_run(schedule, null, plan.getValue(), unset, unset), "pw_schedule_run");
      Pointer frame = schedule.getValue();
      LongByReference rows = new LongByReference(), columns = new LongByReference();
      check(pw.pw_frame_shape(rows, columns, frame), "pw_frame_shape");
      long measureColumn = column(frame, "measure"), startColumn = column(frame, "early_start");
      long finishColumn = column(frame, "early_finish");
      PointerByReference starts = new PointerByReference(), finishes = new PointerByReference();
      check(pw.pw_frame_dates(starts, frame, startColumn), "pw_frame_dates");
      check(pw.pw_frame_dates(finishes, frame, finishColumn), "pw_frame_dates");
      for (long r = 0; r < rows.getValue(); ++r) {
        PointerByReference id = new PointerByReference();
        check(pw.pw_frame_text(id, frame, measureColumn, r), "pw_frame_text");
        if (id.getValue().getString(0, "UTF-8").equals(args[2])) {
          System.out.println("schedule: " + args[2] + " " + isoDate(starts.getValue(), r) + " to "
                             + isoDate(finishes.getValue(), r));
        }
      }

      // Monitoring: observations read by planwerk, evaluated with the defaults.
      check(pw.pw_observations_read(observations, plan.getValue(), args[1]), "pw_observations_read");
      ObservationArrays arrays = new ObservationArrays();
      check(pw.pw_observations_arrays(arrays, observations.getValue()), "pw_observations_arrays");
      arrays.read();
      MonitorOptions options = new MonitorOptions();
      check(pw.pw_monitor_options_init(options, Planwerk.PW_MONITOR_OPTIONS_VERSION), "pw_monitor_options_init");
      options.read();
      options.as_of = 20250000;
      check(pw.pw_monitor_evaluate(evaluation, plan.getValue(), arrays, options), "pw_monitor_evaluate");
      check(pw.pw_evaluation_frame(series, evaluation.getValue(), Planwerk.PW_EVALUATION_SERIES),
            "pw_evaluation_frame");
      Pointer s = series.getValue();
      check(pw.pw_frame_shape(rows, columns, s), "pw_frame_shape");
      System.out.println("observations: " + arrays.count + ", series: " + rows.getValue());
      // The municipality's series of each indicator (district and group codes
      // 0: the first label, "" for the whole municipality and everybody).
      long indicator = column(s, "indicator"), district = column(s, "district"), group = column(s, "group");
      long status = column(s, "status"), attainment = column(s, "attainment");
      PointerByReference ind = new PointerByReference(), dis = new PointerByReference();
      PointerByReference grp = new PointerByReference(), sta = new PointerByReference();
      PointerByReference att = new PointerByReference();
      check(pw.pw_frame_codes(ind, s, indicator), "pw_frame_codes");
      check(pw.pw_frame_codes(dis, s, district), "pw_frame_codes");
      check(pw.pw_frame_codes(grp, s, group), "pw_frame_codes");
      check(pw.pw_frame_codes(sta, s, status), "pw_frame_codes");
      check(pw.pw_frame_reals(att, s, attainment), "pw_frame_reals");
      for (long r = 0; r < rows.getValue(); ++r) {
        if (dis.getValue().getInt(r * 4) != 0 || grp.getValue().getInt(r * 4) != 0) continue;
        PointerByReference name = new PointerByReference(), light = new PointerByReference();
        check(pw.pw_frame_label(name, s, indicator, ind.getValue().getInt(r * 4)), "pw_frame_label");
        check(pw.pw_frame_label(light, s, status, sta.getValue().getInt(r * 4)), "pw_frame_label");
        double a = att.getValue().getDouble(r * 8);
        System.out.println("indicator: " + name.getValue().getString(0, "UTF-8") + " "
                           + light.getValue().getString(0, "UTF-8")
                           + (Double.isNaN(a) ? "" : String.format(" attainment %.0f%%", a * 100)));
      }
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } finally {
      // Whoever allocates frees; each free takes the handle's address and sets it to NULL.
      pw.pw_frame_free(series);
      pw.pw_evaluation_free(evaluation);
      pw.pw_observations_free(observations);
      pw.pw_frame_free(schedule);
      pw.pw_diagnostics_free(diagnostics);
      pw.pw_concept_free(plan);
    }
  }
}
