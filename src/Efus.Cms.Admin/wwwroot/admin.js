// admin behaviour
