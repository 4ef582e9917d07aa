# The bad-input suite (tests/test_hostile.py): hostile pages, files and
# servers, each with its expected exit status and message, under deadlines.
# One ctest test per case; the list comes from the script itself.
execute_process(COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_hostile.py --list
                OUTPUT_VARIABLE ALOUD_HOSTILE_CASES OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE ALOUD_HOSTILE_LIST_RC)
if(NOT ALOUD_HOSTILE_LIST_RC EQUAL 0)
  message(FATAL_ERROR "tests/test_hostile.py --list failed")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ALOUD_TESTS}/test_hostile.py)
string(REPLACE "\n" ";" ALOUD_HOSTILE_CASES "${ALOUD_HOSTILE_CASES}")
# Sanitizer builds run several times slower and bigger: the script's
# deadlines and memory limits scale.
if(ALOUD_SANITIZE)
  set(ALOUD_HOSTILE_ENV "ALOUD_TEST_SLOWDOWN=4;ALOUD_TEST_MEMORY_FACTOR=2")
else()
  set(ALOUD_HOSTILE_ENV "ALOUD_TEST_SLOWDOWN=1;ALOUD_TEST_MEMORY_FACTOR=1")
endif()
foreach(case ${ALOUD_HOSTILE_CASES})
  add_test(NAME hostile.${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_hostile.py ${ALOUD_BIN} ${case})
  set_tests_properties(hostile.${case} PROPERTIES LABELS hostile TIMEOUT 600
    SKIP_RETURN_CODE 77 ENVIRONMENT "${ALOUD_HOSTILE_ENV}")
endforeach()
