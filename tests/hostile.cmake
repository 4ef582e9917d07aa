# The bad-input suite (tests/test_hostile.py): hostile pages, files and
# servers, each with its expected exit status and message, under deadlines.
# One ctest test per case; the list comes from the script itself.
aloud_test_cases(ALOUD_HOSTILE_CASES ${ALOUD_TESTS}/test_hostile.py)
# Sanitizer builds run several times slower and bigger: the script's
# deadlines and memory limits scale.
if(ALOUD_SANITIZE)
  set(ALOUD_HOSTILE_ENV "ALOUD_TEST_SLOWDOWN=4;ALOUD_TEST_MEMORY_FACTOR=2")
else()
  set(ALOUD_HOSTILE_ENV "ALOUD_TEST_SLOWDOWN=1;ALOUD_TEST_MEMORY_FACTOR=1")
endif()
# The cases that bound time and memory on big inputs are "perf", the rest
# "slow" (tests/common.cmake). The perf cases run alone (RUN_SERIAL): each
# keeps a core busy for up to a minute, and beside them ctest -j starves
# every other test of CPU. Their limits count CPU seconds; stall's counts
# wall-clock seconds (its point is --timeout), so it runs alone too.
set(ALOUD_HOSTILE_PERF big_file big_stdin big_file_allowed doc_20mib big_url gzip_bomb
    deep_nesting deep_lists deep_tables deep_inline parser_bombs text_10mb huge_attributes
    app_data_bombs)
foreach(case ${ALOUD_HOSTILE_CASES})
  add_test(NAME hostile.${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_hostile.py ${ALOUD_BIN} ${case})
  if(case IN_LIST ALOUD_HOSTILE_PERF)
    set(speed perf)
  else()
    set(speed slow)
  endif()
  set_tests_properties(hostile.${case} PROPERTIES LABELS "hostile;${speed}" TIMEOUT 600
    SKIP_RETURN_CODE 77 ENVIRONMENT "${ALOUD_HOSTILE_ENV}")
  if(speed STREQUAL "perf" OR case STREQUAL "stall")
    set_tests_properties(hostile.${case} PROPERTIES RUN_SERIAL ON)
  endif()
endforeach()
