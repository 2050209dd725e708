@echo off
rem nwbj command line launcher of the release zip: needs only a Java 17+ runtime (JAVA_HOME or java on the PATH).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" %JAVA_OPTS% -cp "%APP_HOME%\lib\*" org.nwbj.cli.Main %*
exit /b %ERRORLEVEL%
