# Fuzz corpus replay: each libFuzzer target in fuzz/ (fuzz_NAME.c) is
# compiled again with a plain main() (tests/fuzz_replay.c) that feeds it
# every file of fuzz/corpus/fuzz_NAME/: the seeds and every crash the
# fuzzers ever found. Any compiler, no libFuzzer needed; the sanitizer
# build (scripts/ci-sanitize.sh) runs the same tests under ASan + UBSan.
# A target without a corpus (or with an empty one) is a configure error:
# it would never run.
file(GLOB ALOUD_FUZZ_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/fuzz/fuzz_*.c)
foreach(src ${ALOUD_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  set(corpus ${PROJECT_SOURCE_DIR}/fuzz/corpus/${name})
  file(GLOB seeds ${corpus}/*)
  if(NOT IS_DIRECTORY ${corpus} OR NOT seeds)
    message(FATAL_ERROR "fuzz/${name}.c has no corpus: add its seeds to fuzz/corpus/${name}/")
  endif()
  add_executable(replay_${name} ${src} ${ALOUD_TESTS}/fuzz_replay.c)
  target_link_libraries(replay_${name} PRIVATE aloud_static)
  target_include_directories(replay_${name} PRIVATE ${ALOUD_PRIVATE_INCLUDES} ${PROJECT_SOURCE_DIR}/fuzz)
  target_compile_definitions(replay_${name} PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
  add_test(NAME fuzz_replay.${name} COMMAND replay_${name} ${corpus})
  set_tests_properties(fuzz_replay.${name} PROPERTIES LABELS "fuzz;slow" TIMEOUT 300)
endforeach()
