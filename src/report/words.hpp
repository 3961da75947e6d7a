// The site's own words in each language: one table (words.cpp), so that a
// second language is a column, not a second set of templates.
#pragma once

#include "planwerk/report/site.hpp"

namespace planwerk::report {

enum class Word : int {
  skip_to_content,
  navigation,
  overview,
  action_plan,
  accessibility,
  vision,
  action_field,
  guiding_goals,
  goals,
  measures,
  measure,
  on_time,
  late,
  done,
  status,
  no_data,
  status_red,
  status_orange,
  status_yellow,
  status_green,
  start,
  finish,
  duration_days,
  total_float,
  critical,
  critical_chain,
  milestone,
  status_date,
  gantt_title,
  gantt_description,
  gantt_region,
  no_action_field,
  built_by,
  accessibility_text,
  legend,
  legend_text,
  contact,
  depends_on,
  lag_working_days,
  lag_calendar_days,
  lag_working_short,
  lag_calendar_short,
  month_names,  // twelve, separated by '|'
  count_  // the number of words
};

// The word in the language; never null.
const char* word(Word w, Language language);

// The short name of a month (1..12).
std::string month_name(int month, Language language);

}  // namespace planwerk::report
