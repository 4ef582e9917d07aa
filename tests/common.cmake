# Helpers for the area files. tests/CMakeLists.txt includes the *.cmake
# files in sorted order: this one comes before the areas that use it.

# aloud_test_cases(VAR SCRIPT): the names of the cases of a test script,
# as `SCRIPT --list` prints them (one a line), so that every case it has is
# registered, one ctest test each. Editing the script re-runs the configure
# step; a script that cannot list its cases is a configure error.
function(aloud_test_cases var script)
  execute_process(COMMAND ${Python3_EXECUTABLE} ${script} --list
                  OUTPUT_VARIABLE out OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR out STREQUAL "")
    message(FATAL_ERROR "${script} --list failed (${rc}): ${err}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${script})
  string(REPLACE "\n" ";" out "${out}")
  set(${var} ${out} PARENT_SCOPE)
endfunction()

# Every test has a speed label: "fast" (unit tests, seconds: ctest -L fast
# before a commit), "perf" (time and memory bounds on big inputs, real-time
# playback) or "slow" (the rest). An area file labels its tests; a test it
# leaves without one is "slow", set once every area file has been read.
set(ALOUD_SPEED_LABELS fast slow perf)
function(aloud_default_speed_labels)
  get_property(tests DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTY TESTS)
  foreach(t ${tests})
    get_test_property(${t} LABELS labels)
    set(speed FALSE)
    foreach(l ${ALOUD_SPEED_LABELS})
      if(l IN_LIST labels)
        set(speed TRUE)
      endif()
    endforeach()
    if(NOT speed)
      set_property(TEST ${t} APPEND PROPERTY LABELS slow)
    endif()
  endforeach()
endfunction()
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.19)
  cmake_language(DEFER CALL aloud_default_speed_labels)
endif()

# The test scripts check with explicit calls, never assert statements:
# python3 -O (PYTHONOPTIMIZE) removes those, and a test would pass unchecked.
add_test(NAME tests_no_assert
  COMMAND ${Python3_EXECUTABLE} -c "import ast, glob, sys
bad = ['%s:%d' % (f, n.lineno) for f in sorted(glob.glob(sys.argv[1] + '/*.py'))
       for n in ast.walk(ast.parse(open(f, encoding='utf-8').read())) if isinstance(n, ast.Assert)]
print('assert statements (use an explicit check):', *bad, sep='\\n  ') if bad else None
sys.exit(1 if bad else 0)" ${ALOUD_TESTS})
set_tests_properties(tests_no_assert PROPERTIES LABELS fast)
