# Live playback (issues 4 and 14): sentence splitting and resume positions
# on the private API; the CLI player without a terminal (null device,
# events, --section, --resume, signals, errors); under a real terminal
# (tmux) every key, the end of the article, the status line at 25 and 200
# columns, its clock against the exported length, the live sentence and
# the key help; and sound through a private PulseAudio daemon (the stream's
# name too). Status 77 means skipped.

add_executable(test_player_units ${CMAKE_CURRENT_SOURCE_DIR}/test_player_units.c)
target_link_libraries(test_player_units PRIVATE aloud_static)
target_include_directories(test_player_units PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_player_units PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME player_units COMMAND test_player_units ${ALOUD_TESTS}/player)
set_tests_properties(player_units PROPERTIES TIMEOUT 120 LABELS "player;fast")

# The CLI's events writer (src/cli/play.c) compiled into a harness: its
# JSON escaping of control characters, which no page can reach.
add_executable(test_events_json ${CMAKE_CURRENT_SOURCE_DIR}/test_events_json.c)
target_include_directories(test_events_json PRIVATE ${PROJECT_SOURCE_DIR}/src/cli ${ALOUD_INCLUDES})
target_compile_definitions(test_events_json PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
target_link_libraries(test_events_json PRIVATE aloud Threads::Threads)
set_target_properties(test_events_json PROPERTIES BUILD_RPATH "${CMAKE_BINARY_DIR}")
add_test(NAME player_events_json COMMAND test_events_json)
set_tests_properties(player_events_json PROPERTIES TIMEOUT 60 LABELS "player;fast")

# One ctest test per case of test_player_cli.py and test_player_tmux.py,
# listed by the scripts themselves (tests/common.cmake). Playback is real
# time: the cases that check its pace or latency (play_through), or time
# keys and signals against what is heard (resume, sigint, every tmux case),
# run alone (RUN_SERIAL) so that ctest -j cannot make them late; the rest
# only need a TIMEOUT long enough for a loaded machine.
set(ALOUD_PLAYER_SERIAL play_through resume sigint)
aloud_test_cases(ALOUD_PLAYER_CLI_CASES ${ALOUD_TESTS}/test_player_cli.py)
foreach(case ${ALOUD_PLAYER_CLI_CASES})
  add_test(NAME player_${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_player_cli.py ${ALOUD_BIN} ${ALOUD_TESTS} ${case})
  set_tests_properties(player_${case} PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77 LABELS "player;slow")
  if(case IN_LIST ALOUD_PLAYER_SERIAL)
    set_tests_properties(player_${case} PROPERTIES RUN_SERIAL ON)
  endif()
endforeach()

aloud_test_cases(ALOUD_PLAYER_TMUX_CASES ${ALOUD_TESTS}/test_player_tmux.py)
foreach(case ${ALOUD_PLAYER_TMUX_CASES})
  add_test(NAME player_tmux_${case}
           COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_player_tmux.py ${ALOUD_BIN} ${ALOUD_TESTS} ${case})
  set_tests_properties(player_tmux_${case} PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77 RUN_SERIAL ON
    LABELS "player;slow")
endforeach()

# One sound server at a time: it is real time and uses a fixed sink name.
add_test(NAME player_pulse
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_player_pulse.py ${ALOUD_BIN} ${ALOUD_TESTS})
set_tests_properties(player_pulse PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77 RUN_SERIAL ON LABELS "player;perf")
