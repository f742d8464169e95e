@echo off
rem Starts FocusFlow with the JVM settings it is tuned and measured with (jvm.options beside this script).
rem FocusFlow options (--headless, --help) pass through; extra JVM options go in FOCUSFLOW_JAVA_OPTS.
setlocal
set "DIR=%~dp0"
set "JAR=%DIR%focusflow.jar"
if not exist "%JAR%" set "JAR=%DIR%target\focusflow.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" "@%DIR%jvm.options" %FOCUSFLOW_JAVA_OPTS% -jar "%JAR%" %*
