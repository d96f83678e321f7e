"""Time: calendar ranges of TIMEX3 values, timelines, agendas."""
