// a project with the Maven Wrapper: the goals' hints say ./mvnw
new File(basedir, 'mvnw').text = '#!/bin/sh\n'
return true
